import XCTest
import EntityGraph
@testable import Extraction

final class WordListTableTests: XCTestCase {
    private let table = WordListTable(lists: [
        "mediation_test": ["ar": ["وساطة", "الاتفاق"], "en": ["Broker"]],
        "other_test": ["ar": ["اتفاق"]],
    ])

    private func listsOfEachWord(_ text: String, list: String) -> [Bool] {
        var tokenizer = Tokenizer(lexiconWords: WordTable(), wordLists: table)
        return tokenizer.tokenize(text).tokens.map { $0.wordLists & table.bit(list) != 0 }
    }

    func testWordsAreMarkedAsWrittenAfterAProcliticAndWithTheRestoredArticle() {
        XCTAssertEqual(listsOfEachWord("وساطة بوساطة وللاتفاق للاتفاق BROKERS broker كيف", list: "mediation_test"),
                       [true, true, true, true, false, true, false])
        XCTAssertEqual(listsOfEachWord("وللاتفاق واتفاقية", list: "other_test"), [true, false],
                       "ولل read off leaves اتفاق; a longer word is another word")
    }

    func testAProcliticLeavingOneLetterIsNoReading() {
        let table = WordListTable(lists: ["short_test": ["ar": ["من", "ل"]]])
        var tokenizer = Tokenizer(lexiconWords: WordTable(), wordLists: table)
        let marks = tokenizer.tokenize("ومن ول لل").tokens.map { $0.wordLists & table.bit("short_test") != 0 }
        XCTAssertEqual(marks, [true, false, false])
    }

    func testAListTheTableDoesNotHoldHasNoBit() {
        XCTAssertEqual(table.bit("no_such_list"), 0)
        XCTAssertEqual(listsOfEachWord("وساطة", list: "no_such_list"), [false])
        XCTAssertNotEqual(table.bit("mediation_test"), table.bit("other_test"))
    }

    func testTheBundledWordListsAllFitTheTable() {
        let lexicon = sharedExtractor.lexicon
        let byName = FunctionList.wordOnly.filter { FunctionList(rawValue: $0) == nil }
        XCTAssertLessThanOrEqual(byName.count, WordListTable.capacity)
        XCTAssertEqual(lexicon.wordLists.names, byName)
    }
}
