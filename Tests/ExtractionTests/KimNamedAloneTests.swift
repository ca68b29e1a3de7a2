import XCTest
import EntityGraph
@testable import Extraction

/// "كيم" / "Kim" alone is Kim Jong Un once the document has named him, and no one before.
final class KimNamedAloneTests: XCTestCase {
    func testKimAloneAfterHisFullName() {
        let arabic = "حضر الزعيم الكوري الشمالي كيم جونغ أون العرض العسكري. وكان كيم قد استقبل رئيس الوزراء الصيني لي تشيانغ قبل يوم."
        XCTAssertTrue(edges(arabic, date: "2025-10-10").contains("kim_jong_un met_with li_qiang"), "\(edges(arabic, date: "2025-10-10"))")
        let english = "North Korean leader Kim Jong Un attended the parade. Kim met Chinese Premier Li Qiang a day earlier."
        XCTAssertTrue(edges(english, date: "2025-10-10").contains("kim_jong_un met_with li_qiang"))
    }

    func testKimAloneBeforeHisFullNameIsNoOne() {
        XCTAssertEqual(personIDs(in: "وقال كيم إن المحادثات كانت مفيدة."), [])
    }
}
