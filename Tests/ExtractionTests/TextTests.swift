import XCTest
import EntityGraph
@testable import Extraction

final class TextTests: XCTestCase {
    private func tokenize(_ text: String) -> (Tokenizer, TokenizedText) {
        var tokenizer = Tokenizer(lexiconWords: sharedExtractor.lexicon.words)
        let document = tokenizer.tokenize(text)
        return (tokenizer, document)
    }

    func testTokensKeepCodePointOffsetsAndFoldedForms() {
        let (tokenizer, document) = tokenize("قال «بوتينُ»، أمس")
        let tokens = document.tokens
        XCTAssertEqual(tokens.map(document.text(of:)), ["قال", "«", "بوتينُ", "»", "،", "أمس"])
        XCTAssertEqual(tokens.map(\.start), [0, 4, 5, 11, 12, 14])
        XCTAssertEqual(tokenizer.word(tokens[2].word), "بوتين")
        XCTAssertEqual(tokens.map(\.isWord), [true, false, true, false, false, true])
        XCTAssertEqual(tokens[4].mark, "،")
        XCTAssertLessThan(tokens[2].word, Int32(sharedExtractor.lexicon.words.count), "a lexicon word")
    }

    func testUnknownWordsGetDocumentIdsAndKnownProcliticReadings() {
        let (tokenizer, document) = tokenize("كلمةغريبة وكلمةغريبة ولاتفيا ٢٠٢٣ وكلمةأخرى زق وزق")
        let tokens = document.tokens
        XCTAssertGreaterThanOrEqual(tokens[0].word, Int32(sharedExtractor.lexicon.words.count))
        XCTAssertNotEqual(tokens[0].word, tokens[1].word)
        XCTAssertEqual(tokens[1].readings.0.cliticText, "و", "the rest is a word the document wrote before")
        XCTAssertEqual(tokens[1].readings.0.word, tokens[0].word)
        XCTAssertEqual(tokens[2].readings.0.cliticText, "و")
        XCTAssertEqual(tokenizer.word(tokens[2].readings.0.word), "لاتفيا")
        XCTAssertEqual(tokens[3].number, 2023)
        XCTAssertEqual(tokens[4].readings.0, .none, "the rest is no word of the lexicon nor of the document")
        XCTAssertEqual(tokens[6].readings.0, .none, "a rest of the document of two letters is not read")
    }

    func testSentencesEndAtStopsAndLineBreaks() {
        let (_, document) = tokenize("عنوان\nجملة أولى. جملة ثانية؟")
        XCTAssertEqual(Sentence.split(document).map(\.text), ["عنوان", "جملة أولى.", "جملة ثانية؟"])
    }

    func testASiteNameAfterAFullStopDoesNotEndTheSentence() {
        let (_, document) = tokenize("بيروت - العربية.نت\nوصل الوزير.")
        XCTAssertEqual(Sentence.split(document).map(\.text), ["بيروت - العربية.نت", "وصل الوزير."])
    }

    func testAClosingQuoteAfterAFullStopStaysWithItsSentence() {
        let (_, document) = tokenize("He called them \"unfounded.\" Next one. وقال: «انتهى.» ثم \"Quoted\" here.")
        XCTAssertEqual(Sentence.split(document).map(\.text),
                       ["He called them \"unfounded.\"", "Next one.", "وقال: «انتهى.»", "ثم \"Quoted\" here."])
    }

    func testDottedInitialismsAreOneWord() {
        let (tokenizer, document) = tokenize("The U.S. and U.N. told us. J.D.")
        XCTAssertEqual(document.tokens.map(document.text(of:)), ["The", "U.S.", "and", "U.N.", "told", "us", ".", "J.D."])
        XCTAssertEqual(tokenizer.word(document.tokens[1].word), "us")
        XCTAssertEqual(document.tokens[1].word, document.tokens[5].word, "the same folded word; only the phrase table tells them apart")
    }

    func testFullStopsAfterInitialsAbbreviationsAndInsideNumbersDoNotEndSentences() {
        let (_, document) = tokenize("On Nov. 3 Gen. Valery Gerasimov and George W. Bush said 3.5 million. Next one.")
        let lexicon = sharedExtractor.lexicon
        XCTAssertEqual(Sentence.split(document) { lexicon.isFunctionWord($0, list: .abbreviations) }.map(\.text),
                       ["On Nov. 3 Gen. Valery Gerasimov and George W. Bush said 3.5 million.", "Next one."])
        XCTAssertEqual(Sentence.split(document).count, 4, "without abbreviations: after Nov., Gen. and million.")
    }

    func testWordTableInternsBytes() {
        var table = WordTable(capacity: 2)
        let ids = (0..<100).map { table.intern("word\($0)") }
        XCTAssertEqual(ids, Array(0..<100).map(Int32.init))
        XCTAssertEqual(table.id("word42"), 42)
        XCTAssertNil(table.id("word100"))
        XCTAssertEqual(table.word(7), "word7")
    }

    func testByteRestsFollowTheReadings() {
        for word in ["وللناتو", "من", "وبلد", "بالاتفاق", "Broker"] {
            var rests: [String] = []
            Array(word.utf8).withUnsafeBufferPointer { bytes in
                ArabicClitics.forEachRest(of: bytes) { rests.append(String(decoding: $0, as: UTF8.self)) }
            }
            XCTAssertEqual(rests, ArabicClitics.readings(word).map(\.rest), word)
        }
    }

    func testProcliticReadings() {
        let readings = ArabicClitics.readings("وللناتو").map { "\($0.clitic)+\($0.rest)" }
        XCTAssertTrue(readings.contains("ول+الناتو"), "\(readings)")
        XCTAssertTrue(readings.contains("و+للناتو"))
        XCTAssertEqual(ArabicClitics.readings("من").map(\.rest), ["من"])
        XCTAssertEqual(ArabicClitics.readings("وبلد").map { "\($0.clitic)+\($0.rest)" }, ["+وبلد", "وب+لد", "و+بلد"],
                       "a rest keeps at least two letters, longest proclitic first")
        XCTAssertTrue(ArabicClitics.endsWithPreposition("وب", "ب"))
        XCTAssertTrue(ArabicClitics.endsWithPreposition("بال", "ب"))
        XCTAssertFalse(ArabicClitics.endsWithPreposition("و", "ب"))
        XCTAssertTrue(ArabicClitics.endsWithPreposition("ال", "ل"))
        XCTAssertTrue(ArabicClitics.endsWithPreposition("وال", "ل"))
        XCTAssertFalse(ArabicClitics.endsWithPreposition("وال", "ب"))
        XCTAssertTrue(ArabicClitics.endsWithPreposition("كال", "ك"))
        XCTAssertFalse(ArabicClitics.endsWithPreposition("", "ب"))
    }

    func testNisbaFormsCoverGenderNumberCaseAndArticle() {
        let forms = Set(NisbaForms.forms(ofStem: "صيني"))
        for form in ["صيني", "الصيني", "الصينيه", "صينيه", "صينيا", "الصينيين", "صينيون"] {
            XCTAssertTrue(forms.contains(form), form)
        }
        let korean = Set(NisbaForms.forms(ofStem: "كوري شمالي"))
        for form in ["الكوري الشمالي", "الكوريه الشماليه", "كوريه شماليه", "الكوريين الشماليين"] {
            XCTAssertTrue(korean.contains(form), form)
        }
        XCTAssertFalse(korean.contains("الكوري الشماليه"), "both words agree")
        XCTAssertTrue(Set(NisbaForms.forms(ofStem: "جنوب أفريقي")).contains(NameFolding.fold("جنوب أفريقية")), "a noun before the adjective stays")
    }

    func testDatesAreReadWithOrWithoutYear() {
        let (_, document) = tokenize("في 06 أبريل 2023 ثم في 26 مارس")
        let sentence = Sentence.split(document)[0]
        let matcher = MentionMatcher(lexicon: sharedExtractor.lexicon)
        let spans = matcher.spans(sentence, localNames: PhraseTable())
        XCTAssertEqual(DateParser.firstDate(sentence.tokens, spans: spans, referenceYear: nil), "2023-04-06")
        let (_, later) = tokenize("ثم في 26 مارس")
        let laterSentence = Sentence.split(later)[0]
        let laterSpans = matcher.spans(laterSentence, localNames: PhraseTable())
        XCTAssertEqual(DateParser.firstDate(laterSentence.tokens, spans: laterSpans, referenceYear: 2023), "2023-03-26")
    }

    func testEnglishDatesAndDatesOfEventsWithAMonthOrAYearOnly() {
        let matcher = MentionMatcher(lexicon: sharedExtractor.lexicon)
        let lexicon = sharedExtractor.lexicon
        func date(_ text: String, year: Int? = nil) -> String? {
            let (_, document) = tokenize(text)
            let sentence = Sentence.split(document)[0]
            let spans = matcher.spans(sentence, localNames: PhraseTable())
            return DateParser.eventDate(sentence.tokens, spans: spans, referenceYear: year) { index in
                lexicon.isFunctionWord(sentence.tokens[index].word, list: .yearWords)
            }?.date
        }
        XCTAssertEqual(date("They met on April 6, 2023 in Minsk"), "2023-04-06")
        XCTAssertEqual(date("They met on June 13", year: 2024), "2024-06-13")
        XCTAssertEqual(date("Russia invaded in February 2022"), "2022-02")
        XCTAssertNil(date("Lukashenko, who has ruled since 1994, met Putin"), "a year after 'since' starts a state, it dates no event")
        XCTAssertNil(date("أول زيارة لمسؤول أوروبي منذ 2020"))
        XCTAssertEqual(date("وقعتا عام 1999 معاهدة"), "1999")
        XCTAssertNil(date("نشرت 1999 جنديا"), "a number is not a year without a year word")
    }

    func testDatesWithTwoMonthNamesOrInDigits() {
        let matcher = MentionMatcher(lexicon: sharedExtractor.lexicon)
        func date(_ text: String) -> String? {
            let (_, document) = tokenize(text)
            let sentence = Sentence.split(document)[0]
            return DateParser.firstDate(sentence.tokens, spans: matcher.spans(sentence, localNames: PhraseTable()), referenceYear: nil)
        }
        XCTAssertEqual(date("الأحد 9 مارس/آذار 2025"), "2025-03-09")
        XCTAssertEqual(date("9 آذار (مارس) 2025"), "2025-03-09")
        XCTAssertEqual(date("نشر بتاريخ 09/03/2025"), "2025-03-09")
        XCTAssertEqual(date("Updated 2025-03-09 14:20"), "2025-03-09")
        XCTAssertEqual(date("Posted 03/29/2025"), "2025-03-29", "month first only when the second number is no month")
        XCTAssertEqual(date("09.03.2025"), "2025-03-09")
        XCTAssertNil(date("بين 2022 و2024 فاز 3-1"), "no date in a score")
        XCTAssertNil(date("18 / 11 / 2025"), "digits of a date are written without spaces")
    }

    func testTransliterationMakesAsciiSlugs() {
        XCTAssertEqual(Transliteration.latin("بوريس جريزلوف"), "Boris Jrizlof")
        XCTAssertEqual(Transliteration.slug("بوريس جريزلوف"), "boris_jrizlof")
    }
}
