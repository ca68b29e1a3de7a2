import XCTest
import EntityGraph
@testable import Extraction

/// "appointed X to head Lebanon's delegation"; "to strike what it says are ..." as a verb; an
/// official named before "a senior official at ..."; "أطول حدود" after a verb of sharing.
final class DelegationHeadsHedgesAndLongestBordersTests: XCTestCase {
    func testTheOneAppointedToHeadADelegationHoldsItsRole() {
        let text = "Lebanese President Joseph Aoun appointed Simon Karam, a former ambassador to Washington, to head Lebanon's delegation to the talks."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-12-03")
        XCTAssertEqual(role(graph, "simon_karam", "lebanon"), "head")
        XCTAssertEqual(role(graph, "joseph_aoun", "lebanon"), "president")
    }

    func testAnInfinitiveBeforeWhatIsAVerb() {
        XCTAssertEqual(attribute("modality", of: "israel attacks hezbollah", in: "Israel continued to strike what it says are Hezbollah targets in Lebanon."),
                       "planned")
        XCTAssertTrue(edges("Israel vowed to strike what it calls Hezbollah sites.").contains("israel attacks hezbollah"))
        // A noun after the article stays a noun: no one is struck.
        XCTAssertTrue(edges("Israel said the strike was what it calls a Hezbollah site.").filter { $0.contains("attacks") }.isEmpty)
    }

    func testAnOfficialDescribedAfterTheNameIsAPerson() {
        XCTAssertEqual(personIDs(in: "Netanyahu's office said it had sent Uri Resnick, a senior official at the National Security Council, to the meeting."),
                       ["netanyahu", "uri_resnick"])
    }

    func testTheLongestBorderIsABorder() {
        XCTAssertTrue(edges("وتتشارك روسيا وكازاخستان أطول حدود برية متصلة في العالم.").contains("kazakhstan borders russia"))
        XCTAssertTrue(edges("وتتقاسم موريتانيا مع مالي أطول حدودها.").contains("mali borders mauritania"))
        XCTAssertTrue(edges("وتتشارك روسيا وكازاخستان أطول خطوط أنابيب في المنطقة.").isEmpty)
    }
}
