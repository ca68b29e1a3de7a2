import XCTest
@testable import Extraction

/// An Arabic verb opening a sentence with ه for its object receives the person who opened the
/// sentence before as the subject of its verb; an envoy named before "X's envoy" serves X's
/// state; a lawmaker set off by commas is a person; seizing power attacks no one named after it.
final class ReceivedVisitorsPrincipalsEnvoysAndCoupsTests: XCTestCase {
    func testAPronounOnAnOpeningVerbIsThePersonWhoOpenedTheSentenceBefore() {
        let found = edges("وصل وزير الدفاع الفرنسي سيباستيان لوكورنو إلى بوخارست يوم الثلاثاء. "
                          + "كما استقبله الرئيس الروماني نيكوسور دان في القصر الرئاسي.", date: "2025-09-01")
        XCTAssertTrue(found.contains("lecornu met_with nicusor_dan"), "\(found)")
        let joined = edges("وصل وزير الدفاع الفرنسي سيباستيان لوكورنو إلى بوخارست. واستقبله الرئيس الروماني نيكوسور دان.", date: "2025-09-01")
        XCTAssertTrue(joined.contains("lecornu met_with nicusor_dan"), "\(joined)")
    }

    func testNoOpeningPersonOrAFemininePronounLeavesTheVisitorUnread() {
        let spokesman = edges("قال المتحدث باسم الوزارة إن الزيارة مهمة. واستقبله الرئيس الروماني نيكوسور دان في القصر الرئاسي.", date: "2025-09-01")
        XCTAssertFalse(spokesman.contains { $0.contains("met_with") }, "\(spokesman)")
        let feminine = edges("وصل وزير الدفاع الفرنسي سيباستيان لوكورنو إلى بوخارست. واستقبلها الرئيس الروماني نيكوسور دان.", date: "2025-09-01")
        XCTAssertFalse(feminine.contains("lecornu met_with nicusor_dan"), "\(feminine)")
    }

    func testAnEnvoyNamedBeforeAPersonsTitleServesThatPersonsState() {
        let found = edges("Ruslan Bekov, Kazakh President Kassym-Jomart Tokayev's special envoy, met Lavrov in Moscow.", date: "2025-09-01")
        XCTAssertTrue(found.contains("ruslan_bekov holds_role kazakhstan"), "\(found)")
        XCTAssertTrue(found.contains("lavrov met_with ruslan_bekov"), "\(found)")
        XCTAssertTrue(found.contains("tokayev holds_role kazakhstan"), "\(found)")
        let bare = edges("Ruslan Bekov, Tokayev's special envoy, said the talks went well.", date: "2025-09-01")
        XCTAssertTrue(bare.contains("ruslan_bekov holds_role kazakhstan"), "\(bare)")
    }

    func testAnEnvoyNamedAfterAPersonsTitleIsTheOneMet() {
        let found = edges("He also met President Vladimir Putin's special envoy Kirill Dmitriev to discuss investment.", date: "2025-09-01")
        XCTAssertFalse(found.contains { $0.hasPrefix("putin met_with") || $0.hasSuffix("met_with putin") }, "\(found)")
    }

    func testALawmakerSetOffByCommasIsAPerson() {
        let found = edges("Olena Petrenko, a Ukrainian lawmaker, criticized Hungary for blocking the aid.")
        XCTAssertTrue(found.contains("olena_petrenko criticizes hungary"), "\(found)")
    }

    func testSeizingPowerAttacksNoOneNamedAfterIt() {
        let found = edges("The Taliban seized power in 2021 as U.S. forces were in the final weeks of their withdrawal.")
        XCTAssertFalse(found.contains("taliban attacks united_states"), "\(found)")
        let town = edges("Wagner fighters seized a town in Mali.")
        XCTAssertTrue(town.contains("wagner attacks mali"), "\(town)")
    }
}
