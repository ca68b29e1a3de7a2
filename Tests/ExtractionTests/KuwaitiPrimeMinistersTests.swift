import XCTest
@testable import Extraction

/// Kuwait's prime ministers since 2011, with dates: "رئيس مجلس الوزراء الكويتي" is the one in
/// office on the article's date.
final class KuwaitiPrimeMinistersTests: XCTestCase {
    func testTheKuwaitiPrimeMinisterOnTheArticlesDate() {
        let text = "وعقد رئيس مجلس الوزراء الكويتي ونظيره الباكستاني جلسة مباحثات."
        XCTAssertTrue(edges(text, date: "2025-11-17").contains("ahmad_abdullah_al_sabah met_with shehbaz_sharif"), "\(edges(text, date: "2025-11-17"))")
        XCTAssertTrue(edges(text, date: "2023-03-01").contains("ahmad_nawaf_al_sabah holds_role kuwait"), "\(edges(text, date: "2023-03-01"))")
    }

    func testAPrimeMinisterNamedBeforeHisTitle() {
        let graph = sharedExtractor.extract(text: "وحضر المقابلة سمو الشيخ أحمد عبدالله الأحمد الصباح رئيس مجلس الوزراء.", document: "t.txt", date: "2025-11-17")
        XCTAssertEqual(role(graph, "ahmad_abdullah_al_sabah", "kuwait"), "prime_minister")
    }
}
