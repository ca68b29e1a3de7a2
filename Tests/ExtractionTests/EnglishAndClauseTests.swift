import XCTest
@testable import Extraction

final class EnglishCoordinationTests: XCTestCase {
    func testCoordinatedEnglishSubjectsCooperateWithEachOther() {
        let found = edges("Belarus and Russia began joint military exercises near the border with Poland.")
        XCTAssertEqual(found, ["belarus cooperates_with russia"])
    }

    func testEnglishPassiveAgent() {
        XCTAssertTrue(edges("Russia was criticised by the United States and the European Union.")
            .isSuperset(of: ["united_states criticizes russia", "european_union criticizes russia"]))
        XCTAssertFalse(edges("Russia deployed weapons in Belarus, a move criticised by the United States.")
            .contains("russia criticizes united_states"))
    }

    func testEnglishDatelineIsNotPartOfTheStory() {
        let graph = sharedExtractor.extract(text: "WARSAW (Reuters) - Poland criticised Belarus.", document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id), ["belarus", "poland"])
    }

    func testTheAllianceAfterATitle() {
        let graph = sharedExtractor.extract(
            text: "The European Union met. NATO Secretary General Mark Rutte said the alliance criticised Russia.", document: "t.txt")
        XCTAssertNotNil(graph.relation(source: "nato", type: .criticizes, target: "russia"))
    }

    func testANisbaCloserThanAPlaceIsTheObject() {
        XCTAssertTrue(edges("وأدان الرئيس التركي رجب طيب أردوغان القصف الإسرائيلي على غزة.").contains("erdogan criticizes israel"))
    }
}
