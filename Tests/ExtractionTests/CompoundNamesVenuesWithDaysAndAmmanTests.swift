import XCTest
@testable import Extraction

/// A compound family name after a title, a venue aside that ends with the day, and Amman told
/// from Oman by the Jordanian agency's dateline.
final class CompoundNamesVenuesWithDaysAndAmmanTests: XCTestCase {
    func testACompoundFamilyNameAfterATitleIsReadWhole() {
        let found = edges("وحضر اللقاء وزير الدفاع الإندونيسي شافري شمس الدين.")
        XCTAssertTrue(found.contains("sjafrie_sjamsoeddin holds_role indonesia"), "\(found)")
        let longer = edges("وقال وزير الخارجية الماليزي محمد حسن شمس الدين إن بلاده تدعم الحوار.")
        XCTAssertTrue(longer.contains("mhmd_hsn_shms_aldin holds_role malaysia"), "\(longer)")
    }

    func testAVenueAsideEndingWithTheDayKeepsTheHostsGuestTheObject() {
        let found = edges("استقبل الملك عبدالله الثاني، في قصر الحسينية اليوم الجمعة، الرئيس الإندونيسي برابوو سوبيانتو.")
        XCTAssertTrue(found.contains("abdullah_ii met_with prabowo"), "\(found)")
    }

    func testAmmanInTheJordanianAgencysDatelineIsTheCity() {
        let text = "عمان 14 تشرين الثاني (بترا)- استقبل الملك عبدالله الثاني الرئيس الإندونيسي برابوو سوبيانتو."
        let kinds = entityKinds(in: text)
        XCTAssertTrue(kinds.contains("amman place"), "\(kinds)")
        XCTAssertFalse(kinds.contains("oman state"), "\(kinds)")
    }
}
