import XCTest
import EntityGraph
@testable import Extraction

/// A surname the document wrote before is read after a proclitic ("عثمان صالح" ... "وصالح"); dual
/// and plural meeting verbs and a summit held ("التقيا", "عقدوا قمة") make each of their subjects
/// meet the others.
final class PluralMeetingsAndProcliticSurnamesTests: XCTestCase {
    func testASurnameLearntInTheDocumentIsReadAfterAProclitic() {
        let text = "استقبل السيسي وزير الخارجية الإريتري عثمان صالح في القاهرة. وأكد السيسي وصالح دعمهما لوحدة الصومال."
        let found = edges(text, date: "2025-01-26")
        XCTAssertTrue(found.contains("athman_salh supports somalia"), "\(found)")
        XCTAssertTrue(found.contains("sisi supports somalia"))
    }

    func testDualAndPluralMeetingVerbsMakeTheirSubjectsMeet() {
        XCTAssertTrue(edges("وكان بوتين وشي جين بينغ قد التقيا في موسكو.", date: "2025-01-26").contains("putin met_with xi_jinping"))
        let summit = edges("وكان بوتين وأردوغان وبزشكيان قد عقدوا قمة في طهران.", date: "2025-01-26")
        XCTAssertTrue(["erdogan met_with putin", "pezeshkian met_with putin", "erdogan met_with pezeshkian"].allSatisfy(summit.contains), "\(summit)")
    }
}
