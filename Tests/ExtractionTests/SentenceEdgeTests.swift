import XCTest
@testable import Extraction

/// Sentences that end or start where a pattern looks past them: every reading stays inside the
/// sentence (these inputs once stopped the process on an invalid range).
final class SentenceEdgeTests: XCTestCase {
    func testAnEventWordBeforeAnOpeningQuoteAtTheEnd() {
        XCTAssertEqual(edges("وانطلقت المناورات «"), [])
        XCTAssertEqual(edges("Russia and Belarus began drills \""), ["belarus cooperates_with russia"])
    }

    func testPatternWordsAloneAtTheEdges() {
        for text in ["بين", "مع", "their", "«", "هجومها", "لكنها دعت", "which also border", "المنتشرة في", "وهو ما انتقدته", "استقبل الرئيس الوفد،",
                     "التقى الوزير، اليوم الجمعة"] {
            XCTAssertEqual(edges(text), [], text)
        }
    }
}
