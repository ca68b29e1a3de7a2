import XCTest
@testable import Extraction

/// Sentences that open with a mark or with a phrase whose rules look back before it: each reads
/// to its edges, without running off the sentence's start.
final class PhrasesOpeningASentenceTests: XCTestCase {
    func testASentenceOpeningWithAnArabicCommaReadsItsRelation() {
        XCTAssertEqual(edges("، هاجمت روسيا أوكرانيا."), ["russia attacks ukraine"])
    }

    func testAnOathPhraseOpeningASentenceNamesNoOne() {
        XCTAssertEqual(edges("اليمين الدستورية رئيسا للبلاد."), [])
        XCTAssertEqual(edges("بمنصبه رئيسا."), [])
    }

    func testAWordOfLocationOpeningASentenceGivesNoBorderWithoutItsState() {
        XCTAssertEqual(edges("تقع بين روسيا والصين منغوليا."), [])
    }
}
