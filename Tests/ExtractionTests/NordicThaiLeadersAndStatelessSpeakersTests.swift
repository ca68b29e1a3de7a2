import XCTest
import EntityGraph
@testable import Extraction

/// Iceland's and Thailand's leaders with their dates, the European Economic Area, Keflavik; "the
/// country" after a speaker who serves no state is the state named last.
final class NordicThaiLeadersAndStatelessSpeakersTests: XCTestCase {
    func testIcelandsAndThailandsLeadersHoldTheirPostsOnTheirDates() {
        XCTAssertEqual(personIDs(in: "وقال أنوتين للصحفيين إن الحوار مستمر."), ["anutin_charnvirakul"])
        XCTAssertTrue(edges("Thai Prime Minister Paetongtarn Shinawatra called Hun Sen.", date: "2025-06-15")
            .contains("paetongtarn_shinawatra holds_role thailand"))
        XCTAssertTrue(edges("وقال رئيس الوزراء التايلاندي إن بلاده ستعلق الاتفاق.", date: "2025-11-10").contains("anutin_charnvirakul holds_role thailand"))
        XCTAssertTrue(edges("Iceland's Prime Minister Kristrun Frostadottir met Ursula von der Leyen.", date: "2025-07-17")
            .contains("kristrun_frostadottir holds_role iceland"))
        XCTAssertTrue(edges("وقالت وزيرة الخارجية الآيسلندية ثورغيردور كاترين غونارسدوتير إن بلادها تحتاج إلى شركاء.", date: "2025-07-17")
            .contains("thorgerdur_katrin_gunnarsdottir holds_role iceland"))
        XCTAssertTrue(edges("وقال رئيس الوزراء الآيسلندي إن بلاده ستنظم استفتاء.", date: "2020-01-01").contains("katrin_jakobsdottir holds_role iceland"))
    }

    func testTheEuropeanEconomicAreaIsABlocAndKeflavikLiesInIceland() {
        XCTAssertEqual(edges("Norway is a member of the European Economic Area."), ["norway member_of eea"])
        XCTAssertTrue(edges("The United States keeps surveillance aircraft at the Keflavik air base.").contains("united_states deploys_to iceland"))
    }

    func testTheCountryAfterAStatelessSpeakerIsTheStateNamedLast() {
        let text = "UN Secretary-General Antonio Guterres visited Haiti. Guterres said that the country needed help from the United States."
        let found = edges(text)
        XCTAssertTrue(found.contains("haiti requests united_states"), "\(found)")
        XCTAssertFalse(found.contains("guterres requests united_states"))
    }
}
