import XCTest
import EntityGraph
@testable import Extraction

/// Exercises criticised by their noun are the parties' of the last ones told; a deed's doer named
/// in quotation marks in a relative clause after the deed's noun is criticised.
final class CriticizedExercisesAndQuotedDoersTests: XCTestCase {
    func testCriticizedExercisesAreTheirParties() {
        let found = edges("Japan and the Philippines began their first joint exercises on Monday.\nChina criticized the exercises.")
        XCTAssertTrue(found.isSuperset(of: ["china criticizes japan", "china criticizes philippines"]), "\(found)")
        let arabic = edges("وأجرت روسيا والصين مناورات بحرية مشتركة في بحر اليابان.\nونددت طوكيو بالمناورات.")
        XCTAssertTrue(arabic.isSuperset(of: ["japan criticizes russia", "japan criticizes china"]), "\(arabic)")
    }

    func testADoerInQuotationMarksAfterARelativePronounIsCriticised() {
        let found = edges("وأدانت مصر الهجمات التي تشنها \"قوات الدعم السريع\" على مدينة الفاشر.")
        XCTAssertTrue(found.contains("egypt criticizes rsf"), "\(found)")
    }
}
