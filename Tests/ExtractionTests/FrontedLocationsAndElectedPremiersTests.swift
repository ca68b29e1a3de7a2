import XCTest
@testable import Extraction

/// A state named after a fronted English phrase of location borders the states it lies between;
/// an appointee holds the post of the state whose possessive qualifies the title, past a
/// description set off by commas, also after a verb of accepting before "as"; a predecessor or
/// successor is named after the noun.
final class FrontedLocationsAndElectedPremiersTests: XCTestCase {
    func testAFrontedPhraseOfLocationGivesTheStateAfterItsBorders() {
        let fronted = edges("Landlocked between Russia and China, Mongolia relies on its two giant neighbours.")
        XCTAssertEqual(fronted.filter { $0.contains("borders") }.sorted(), ["china borders mongolia", "mongolia borders russia"], "\(fronted)")
        let apposed = edges("Mongolia, located between Russia and China, relies on its neighbours.")
        XCTAssertEqual(apposed.filter { $0.contains("borders") }.sorted(), ["china borders mongolia", "mongolia borders russia"], "\(apposed)")
    }

    func testAnAppointeeHoldsThePostOfTheStateThatQualifiesTheTitle() {
        let possessive = edges("The parliament appointed Gombojav Zandanshatar as Mongolia's new prime minister.")
        XCTAssertTrue(possessive.contains("gombojav_zandanshatar holds_role mongolia"), "\(possessive)")
        let described = edges("Mongolia's parliament elects Gombojav Zandanshatar, the former chairman of the State Great Khural, as prime minister.")
        XCTAssertTrue(described.contains("gombojav_zandanshatar holds_role mongolia"), "\(described)")
        XCTAssertEqual(role(sharedExtractor.extract(text: "Tonga's parliament elects Lord Fakafanua as prime minister.", document: "t.txt"),
                            "lord_fakafanua", "tonga"), "prime_minister")
        let approved = edges("Mongolia's parliament on Friday approved Gombojav Zandanshatar, the former chairman of the State Great Khural, "
                             + "as the country's new prime minister.")
        XCTAssertTrue(approved.contains("gombojav_zandanshatar holds_role mongolia"), "\(approved)")
        let budget = edges("Mongolia's parliament approved the budget as the main law of the year, lawmaker Gombojav Zandanshatar said.")
        XCTAssertFalse(budget.contains { $0.contains("holds_role") }, "\(budget)")
        let adjective = edges("Cyprus' President Nikos Christodoulides and newly elected Turkish Cypriot leader Tufan Erhurman met on Thursday.")
        XCTAssertTrue(adjective.contains("christodoulides met_with tufan_erhurman"), "\(adjective)")
    }

    func testAPredecessorIsNamedAfterTheNoun() {
        XCTAssertEqual(personIDs(in: "It came ten days after his predecessor Luvsannamsrai Oyun-Erdene lost a confidence vote."),
                       ["luvsannamsrai_oyunerdene"])
    }
}
