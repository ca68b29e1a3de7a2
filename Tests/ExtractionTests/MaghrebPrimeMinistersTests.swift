import XCTest
@testable import Extraction

/// "الوزير الأول" is a prime minister's title; Algeria's and Tunisia's heads of government since
/// 2021 are known with their dates.
final class MaghrebPrimeMinistersTests: XCTestCase {
    func testTheFirstMinisterIsThePrimeMinister() {
        let found = edges("وقال الوزير الأول المغربي عزيز أخنوش إن الحكومة ماضية في الإصلاح.", date: "2025-11-01")
        XCTAssertTrue(found.contains("akhannouch holds_role morocco"), "\(found)")
    }

    func testTheAlgerianFirstMinisterOnTheArticlesDate() {
        XCTAssertTrue(edges("وصل الوزير الأول الجزائري إلى تونس.", date: "2025-11-01").contains("sifi_ghrib holds_role algeria"))
        XCTAssertTrue(edges("وصل الوزير الأول الجزائري إلى تونس.", date: "2024-05-01").contains("nadir_larbaoui holds_role algeria"))
    }

    func testTheTunisianHeadOfGovernmentOnTheArticlesDate() {
        let text = "واستقبلت رئيسة الحكومة التونسية وفدا أوروبيا."
        XCTAssertTrue(edges(text, date: "2025-06-01").contains { $0.hasPrefix("sara_zaafrani_zenzri") }, "\(edges(text, date: "2025-06-01"))")
        XCTAssertTrue(edges(text, date: "2022-06-01").contains { $0.hasPrefix("najla_bouden") }, "\(edges(text, date: "2022-06-01"))")
    }
}
