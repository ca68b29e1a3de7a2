import XCTest
@testable import Extraction

/// Where a meeting took place set off by commas, deeds condemned in a clause with no relative
/// pronoun, the sides named after "between", leaders standing for their states, territories
/// described by a predicate, hyphenated names after a title, titles of a territory, who names a
/// deed, ministers of state with compound names, and takeovers told in the past.
final class VenuesSidesAndTerritoriesTests: XCTestCase {
    func testAVenueSetOffByCommasAfterADayLeavesTheGuestTheObject() {
        let text = "استقبل رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان، الأحد، في قصر الشاطئ بأبوظبي، الرئيس السوري أحمد الشرع."
        let found = edges(text, date: "2025-10-05")
        XCTAssertTrue(found.contains("al_sharaa met_with mohamed_bin_zayed"), "\(found)")
    }

    func testAVerbWithAnObjectPronounAfterAnIndefiniteDeedCondemnsIt() {
        let found = edges("وتأتي الزيارة بعد غارات إسرائيلية على محافظة السويداء جنوبي سوريا، دانتها الإمارات ودول عربية أخرى.")
        XCTAssertTrue(found.contains("israel attacks sweida"), "\(found)")
        XCTAssertTrue(found.contains("united_arab_emirates criticizes israel"), "\(found)")
    }

    func testBothSidesAreTheSidesNamedAfterBetween() {
        let text = "The leaders backed the agreement between Israel and Hamas. Qatar and Turkey hailed the deal. "
            + "UN Secretary-General Antonio Guterres urged both sides to respect the ceasefire."
        let found = edges(text)
        XCTAssertTrue(found.contains("guterres requests hamas"), "\(found)")
        XCTAssertFalse(found.contains("guterres requests qatar"), "\(found)")
    }

    func testTheLeadersOfStatesStandForTheStates() {
        let found = edges("US President Donald Trump and the leaders of Egypt, Qatar and Turkey signed a declaration on Monday.")
        for state in ["egypt", "qatar", "turkey"] { XCTAssertTrue(found.contains("\(state) cooperates_with united_states"), "\(state): \(found)") }
    }

    func testATerritoryDescribedByAPredicateLiesInItsState() {
        let found = edges("Greenland, home to about 57,000 people, is a semi-autonomous territory of Denmark, a NATO member.")
        XCTAssertTrue(found.contains("greenland located_in denmark"), "\(found)")
        XCTAssertTrue(edges("Vance visited the Pituffik Space Base in northwestern Greenland.").contains("pituffik located_in greenland"))
    }

    func testAHyphenatedNameSetOffAfterATerritorysTitleServesNoState() {
        let text = "U.S. President Donald Trump spoke. Frederiksen met Greenland's new premier, Jens-Frederik Nielsen, in Nuuk."
        let found = edges(text)
        XCTAssertTrue(found.contains("frederiksen met_with jensfrederik_nielsen"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("jensfrederik_nielsen holds_role") }, "\(found)")
    }

    func testWhoNamesADeedIsNotWhomItIsSaidOf() {
        let text = "Trump said the US should take the island. Frederiksen criticized what she called \"unacceptable pressure\" from Washington."
        XCTAssertFalse(edges(text).contains { $0.hasSuffix("criticizes frederiksen") }, "\(edges(text))")
    }

    func testAMinisterOfStateWithACompoundNameServesTheMinistry() {
        let found = edges("وقال وزير الدولة بوزارة الخارجية القطرية محمد بن عبد العزيز الخليفي إن الاتفاق خطوة أولى.")
        XCTAssertTrue(found.contains("mhmd_bn_abd_alaziz_alkhlifi holds_role qatar_foreign_ministry"), "\(found)")
    }

    func testATakeoverInThePastAfterATimePhraseIsAnAttack() {
        let found = edges("وقالت حركة إم 23 إنها سيطرت مطلع العام الجاري على مدينتي غوما وبوكافو.")
        XCTAssertTrue(found.contains("m23 attacks goma"), "\(found)")
        XCTAssertTrue(found.contains("m23 attacks bukavu"), "\(found)")
    }
}
