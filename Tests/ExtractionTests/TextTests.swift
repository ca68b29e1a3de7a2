import XCTest
import EntityGraph
@testable import Extraction

final class TextTests: XCTestCase {
    func testTokensKeepCodePointOffsetsAndFoldedForms() {
        let tokens = Tokenizer.tokens("قال «بوتينُ»، أمس")
        XCTAssertEqual(tokens.map(\.text), ["قال", "«", "بوتينُ", "»", "،", "أمس"])
        XCTAssertEqual(tokens.map(\.start), [0, 4, 5, 11, 12, 14])
        XCTAssertEqual(tokens[2].folded, "بوتين")
        XCTAssertEqual(tokens.map(\.isWord), [true, false, true, false, false, true])
    }

    func testSentencesEndAtStopsAndLineBreaks() {
        let text = "عنوان\nجملة أولى. جملة ثانية؟"
        let sentences = Sentence.split(Tokenizer.tokens(text), of: text)
        XCTAssertEqual(sentences.map(\.text), ["عنوان", "جملة أولى.", "جملة ثانية؟"])
    }

    func testProcliticReadings() {
        let readings = ArabicClitics.readings("وللناتو").map { "\($0.clitic)+\($0.rest)" }
        XCTAssertTrue(readings.contains("ول+الناتو"), "\(readings)")
        XCTAssertTrue(readings.contains("و+للناتو"))
        XCTAssertEqual(ArabicClitics.readings("من").map(\.rest), ["من"])
        XCTAssertTrue(ArabicClitics.endsWithPreposition("وب", "ب"))
        XCTAssertTrue(ArabicClitics.endsWithPreposition("بال", "ب"))
        XCTAssertFalse(ArabicClitics.endsWithPreposition("و", "ب"))
    }

    func testNisbaFormsCoverGenderNumberCaseAndArticle() {
        let forms = Set(NisbaForms.forms(ofStem: "صيني"))
        for form in ["صيني", "الصيني", "الصينيه", "صينيه", "صينيا", "الصينيين", "صينيون"] {
            XCTAssertTrue(forms.contains(form), form)
        }
        XCTAssertTrue(Set(NisbaForms.forms(ofStem: "كوري شمالي")).contains("الكوري الشمالي"))
    }

    func testDatesAreReadWithOrWithoutYear() {
        let tokens = Tokenizer.tokens("في 06 أبريل 2023 ثم في 26 مارس")
        let lexicon = try! Lexicon.bundled()
        let spans = MentionMatcher(lexicon: lexicon).spans(tokens, localNames: PhraseTable())
        XCTAssertEqual(DateParser.firstDate(tokens, spans: spans, referenceYear: nil), "2023-04-06")
        let later = Array(tokens[4...])
        let laterSpans = MentionMatcher(lexicon: lexicon).spans(later, localNames: PhraseTable())
        XCTAssertEqual(DateParser.firstDate(later, spans: laterSpans, referenceYear: 2023), "2023-03-26")
    }

    func testTransliterationMakesAsciiSlugs() {
        XCTAssertEqual(Transliteration.latin("بوريس جريزلوف"), "Boris Jrizlof")
        XCTAssertEqual(Transliteration.slug("بوريس جريزلوف"), "boris_jrizlof")
    }
}
