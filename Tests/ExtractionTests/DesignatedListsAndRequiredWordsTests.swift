import XCTest
import EntityGraph
@testable import Extraction

/// Objects listed as examples of a plural noun, "designated" as a verb and as an adjective, the
/// words a frame requires counted without articles and not past a verb of speech, and the Libyan
/// National Army's official Arabic name.
final class DesignatedListsAndRequiredWordsTests: XCTestCase {
    func testExamplesOfANounANisbaQualifiesAreTheObjects() {
        XCTAssertEqual(edges("The U.S. government designated six Mexican cartels, including the Sinaloa cartel and the Jalisco New Generation Cartel, as foreign terrorist organizations in February."),
                       ["united_states_government part_of united_states", "united_states sanctions sinaloa_cartel", "united_states sanctions cjng"])
        XCTAssertEqual(edges("The U.S. designated six Mexican cartels as terrorist organizations."), ["united_states sanctions mexico"])
    }

    func testADesignatedOrganizationAfterAnArticleIsNoDesignation() {
        XCTAssertEqual(edges("Hegseth said the vessel was operated by a \"designated terrorist organization\" and had left Venezuela."), [])
    }

    func testARequiredWordAfterAVerbOfSpeechBelongsToAnotherClause() {
        XCTAssertEqual(edges("Aliyev thanked Putin and said the talks would help restore ties between Baku and Moscow.", date: "2025-10-09"),
                       ["azerbaijan cooperates_with russia"])
        XCTAssertEqual(edges("Aliyev thanked Putin for the help Russia gave.", date: "2025-10-09"), ["russia supports azerbaijan"])
    }

    func testTheLibyanNationalArmysOfficialName() {
        let graph = sharedExtractor.extract(text: "استقبل القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر رئيس جهاز الاستخبارات التركي إبراهيم كالن.",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "khalifa_haftar", "lna"), "commander")
        XCTAssertNotNil(graph.relation(source: "kalin", type: .metWith, target: "khalifa_haftar"))
    }
}
