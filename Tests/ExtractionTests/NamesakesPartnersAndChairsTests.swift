import XCTest
import EntityGraph
@testable import Extraction

/// A common given name of one person names no one else alone; subjects who spoke "with" a
/// partner the sentence names by no actor did not meet one another; "Chairman" is a title.
final class NamesakesPartnersAndChairsTests: XCTestCase {
    func testACommonGivenNameDoesNotNameSomeoneElse() {
        let text = "Cameroon's President Paul Biya won. Interior Minister Paul Atanga Nji warned that anyone was committing treason."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "paul_atanga_nji", "cameroon"), "interior_minister")
        XCTAssertEqual(role(graph, "paul_biya", "cameroon"), "president")
    }

    func testSubjectsCallingAnUnnamedPartnerDidNotMeetOneAnother() {
        let text = "وأكد وزراء خارجية مصر وتركيا وجيبوتي في اتصالات هاتفية مع نظيرهم الصومالي عبد السلام عبدي علي دعمهم الكامل لوحدة الصومال."
        XCTAssertEqual(edges(text, date: "2025-11-20").filter { $0.contains("met_with") }, [])
    }

    func testAChairmanHoldsHisBodysChair() {
        let graph = sharedExtractor.extract(text: "The African Union Commission Chairman Mahmoud Ali Youssouf spoke.", document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "mahmoud_ali_youssouf", "au_commission"), "chairperson")
    }
}
