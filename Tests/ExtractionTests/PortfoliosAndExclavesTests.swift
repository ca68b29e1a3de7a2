import XCTest
@testable import Extraction

/// A minister named with a portfolio before the nisba, a place the possessive before it puts in
/// a state, a venue after "at the", and a border verb after an apposition to its subject.
final class PortfoliosAndExclavesTests: XCTestCase {
    func testAMinisterWithAPortfolioBeforeTheNisba() {
        let graph = sharedExtractor.extract(text: "والتقى وزير الزراعة الأردني خالد حنيفات نظيره السوري.", document: "t.txt")
        XCTAssertEqual(role(graph, "khald_hnifat", "jordan"), "minister")
        XCTAssertEqual(edges("وقال وزير إن الإمدادات مستمرة."), [], "no nisba names the state")
    }

    func testAPlaceThePossessiveBeforeItPutsInAState() {
        XCTAssertEqual(edges("The corridor links Azerbaijan to its Nakhchivan exclave."), ["nakhchivan located_in azerbaijan"])
        XCTAssertEqual(edges("وتربط الطريق أذربيجان بجيب ناخيتشيفان."), [], "no state named with it")
    }

    func testAVenueAfterAtTheIsNoPartner() {
        let found = edges("The two leaders signed the deal at the White House in a ceremony hosted by President Donald Trump.", date: "2025-08-08")
        XCTAssertFalse(found.contains { $0.contains("met_with white_house") }, "\(found)")
    }

    func testABorderVerbAfterAnAppositionToItsSubject() {
        XCTAssertEqual(edges("Estonia, a member of NATO and the EU, borders Russia's Pskov region and Latvia."),
                       ["estonia borders russia", "estonia borders latvia", "estonia member_of nato", "estonia member_of european_union",
                        "pskov located_in russia", "estonia borders pskov"])
    }
}
