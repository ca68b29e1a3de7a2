import XCTest
@testable import Extraction

/// A state whose lands surround another borders it, a party named with "for", and Dakar spelled
/// "دكار".
final class SurroundingLandsAndPartiesForTests: XCTestCase {
    func testLandsThatSurroundAStateBorderIt() {
        XCTAssertEqual(edges("وتحيط أراضي جنوب أفريقيا بليسوتو من كل الجهات."), ["lesotho borders south_africa"])
    }

    func testAPartysNameMayGoOnAfterFor() {
        let graph = sharedExtractor.extract(text: "The opposition Democratic Alliance for Change condemned the vote.", document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id), ["democratic_alliance_for_change"])
    }

    func testDakarSpelledWithoutItsLongVowel() {
        let graph = sharedExtractor.extract(text: "وقال إن العلاقات بين نواكشوط ودكار تشهد مرحلة جديدة.", document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id).sorted(), ["dakar", "nouakchott"])
    }
}
