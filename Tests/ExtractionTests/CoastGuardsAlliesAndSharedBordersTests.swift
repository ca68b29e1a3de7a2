import XCTest
@testable import Extraction

/// Coast guards as armed bodies, bodies of coordinated nisbas, allies named after a possessive,
/// shared borders of the two states last named, envoys in apposition after their purpose, and
/// bases kept abroad.
final class CoastGuardsAlliesAndSharedBordersTests: XCTestCase {
    func testACoastGuardIsAnArmedBodyOfItsState() {
        let text = "A Chinese coast guard ship fired water cannon at a Philippine government vessel near Scarborough Shoal."
        let found = edges(text)
        XCTAssertTrue(found.contains("china_coast_guard part_of china"), "\(found)")
        XCTAssertTrue(found.contains("china attacks philippines"), "\(found)")
    }

    func testABodyOfACoordinatedNisbaIsNamedWithTheWordsItShares() {
        let graph = sharedExtractor.extract(text: "Philippine and Chinese coast guard vessels clashed near Second Thomas Shoal.", document: "t.txt")
        let aliases = graph.entity(id: "philippines_coast_guard")?.aliases ?? []
        XCTAssertTrue(aliases.contains("Philippine coast guard"), "\(aliases)")
        XCTAssertFalse(aliases.contains("Philippine"), "\(aliases)")
    }

    func testAnAllyNamedAfterAPossessiveIsAllied() {
        let found = edges("Turkey closed the border in solidarity with its ally Azerbaijan.")
        XCTAssertTrue(found.contains("azerbaijan allied_with turkey"), "\(found)")
    }

    func testASharedBorderWithNoOwnerNamedIsTheLastTwoStates() {
        let found = edges("Pashinyan met Erdogan on Friday. The two discussed reopening their shared border.")
        XCTAssertTrue(found.contains("armenia borders turkey"), "\(found)")
    }

    func testAnEnvoyInAppositionAfterThePurposeOfTheirPost() {
        let graph = sharedExtractor.extract(text: "Turkey's special envoy for normalisation, Serdar Kilic, attended the meeting.", document: "t.txt")
        XCTAssertEqual(role(graph, "serdar_kilic", "turkey"), "envoy")
    }

    func testBasesKeptAbroadAreADeployment() {
        XCTAssertTrue(edges("ويحتفظ الجيش التركي بعشرات القواعد العسكرية في العراق.").contains("turkey deploys_to iraq"))
    }
}
