import XCTest
@testable import Extraction

/// A holder's surname spelled with ك where the lexicon writes خ, and given names that look like
/// Arabic present-tense verbs.
final class KhSpellingsAndGermanGivenNamesTests: XCTestCase {
    func testKAndKhSpellTheSameSurnameAfterATitle() {
        let text = "وقال وزير الخارجية الإستوني مارغوس تساكنا إن بلاده تدعم أوكرانيا."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["tsahkna holds_role estonia", "estonia supports ukraine"])
    }

    func testAGivenNameSpelledLikeAPresentTenseVerbOpensAName() {
        let text = "وقال وزير الدفاع النمساوي السابق يوهان شتراوس إن بلاده تدعم أوكرانيا."
        XCTAssertEqual(entityKinds(in: text), ["austria state", "iohan_shtraos person", "ukraine state"])
    }
}
