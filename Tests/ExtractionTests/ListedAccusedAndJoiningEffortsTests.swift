import XCTest
import EntityGraph
@testable import Extraction

/// What a list of objects is accused of follows the whole list; efforts to join a bloc are a
/// request to join it; a Korean family name alone is the person the document named in full.
final class ListedAccusedAndJoiningEffortsTests: XCTestCase {
    func testTheAccusationFollowsTheWholeList() {
        XCTAssertEqual(edges("وقالت زاخاروفا إن موسكو مستعدة للحوار، واتهمت الولايات المتحدة وكوريا الجنوبية بتصعيد التوتر."),
                       ["zakharova criticizes united_states", "zakharova criticizes south_korea"])
    }

    func testEffortsToJoinABlocAreARequest() {
        XCTAssertEqual(edges("Pavel promised to support Moldova's efforts to join the European Union."),
                       ["moldova requests european_union"], "Pavel alone is no known name")
    }

    func testAKoreanFamilyNameAloneAfterTheFullName() {
        let text = "والتقى لافروف تشوي سون هوي في موسكو. واتهمت تشوي الولايات المتحدة بتصعيد التوتر."
        XCTAssertTrue(edges(text).contains("choe_son_hui criticizes united_states"), "\(edges(text))")
        XCTAssertEqual(edges("وقال تشوي إن الطقس بارد."), [])
    }
}

/// An Arabic peace treaty or agreement between two states is cooperation between them.
final class PeaceTreatiesTests: XCTestCase {
    func testAPeaceTreatyBetweenTwoStatesIsCooperation() {
        XCTAssertTrue(edges("وأعلن الوزيران الانتهاء من صياغة نص معاهدة السلام بين أذربيجان وأرمينيا.").contains("armenia cooperates_with azerbaijan"))
        XCTAssertTrue(edges("Erdogan said Turkey supported the peace agreement initialled by Armenia and Azerbaijan.").contains("armenia cooperates_with azerbaijan"),
                      "the treaty's signatories, not the one who supports it")
    }
}

/// The Organization of Turkic States is a bloc; a pipeline named after cities names no city.
final class TurkicStatesAndPipelinesTests: XCTestCase {
    func testMembersOfTheOrganizationOfTurkicStates() {
        XCTAssertEqual(edges("Turkey and Kazakhstan are both members of the Organization of Turkic States."),
                       ["turkey member_of organization_of_turkic_states", "kazakhstan member_of organization_of_turkic_states"])
    }

    func testAPipelineNamedAfterCitiesIsNoCity() {
        let graph = sharedExtractor.extract(text: "Erdogan praised exports through the Baku-Tbilisi-Ceyhan pipeline.", document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id).sorted(), ["btc_pipeline", "erdogan"])
    }
}
