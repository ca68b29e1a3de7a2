import XCTest
@testable import Extraction

/// English deeds named with their doers: the agent of "imposed by", the subject of a relative
/// clause with a verb that holds events; a judgement of such a deed judges its doer.
final class EnglishJudgedDeedsTests: XCTestCase {
    func testSanctionsImposedByABlocAreTheBlocsNotTheSpeakersState() {
        let found = edges("Foreign Minister Wang Yi said the sanctions imposed by the European Union on Venezuela were illegal.", date: "2025-11-01")
        XCTAssertTrue(found.contains("european_union sanctions venezuela"), "\(found)")
        XCTAssertTrue(found.contains("wang_yi criticizes european_union"), "\(found)")
        XCTAssertFalse(found.contains("china sanctions european_union"), "\(found)")
        XCTAssertFalse(found.contains("wang_yi criticizes venezuela"), "\(found)")
    }

    func testAJudgementOfStrikesARelativeClauseNamesTheDoerOfJudgesIt() {
        let found = edges("Erdogan said the strikes that Israel carried out on Lebanon violated international law.", date: "2025-11-01")
        XCTAssertTrue(found.contains("erdogan criticizes israel"), "\(found)")
        XCTAssertFalse(found.contains("erdogan criticizes lebanon"), "\(found)")
    }

    func testACondemnationOfADeedNamedWithItsDoerIsAimedAtTheDoer() {
        let found = edges("Turkey condemned the strikes that Israel carried out on Lebanon.")
        XCTAssertTrue(found.contains("turkey criticizes israel"), "\(found)")
    }

    func testADeedOpeningTheSentenceBeforeTheVerbOfSpeechIsJudgedToo() {
        let english = edges("The sanctions imposed by the European Union on Venezuela were illegal, Wang Yi said.", date: "2025-11-01")
        XCTAssertTrue(english.contains("wang_yi criticizes european_union"), "\(english)")
        XCTAssertFalse(english.contains("wang_yi criticizes venezuela"), "\(english)")
        let arabic = edges("العقوبات التي فرضتها الولايات المتحدة على فنزويلا غير قانونية، قال وانغ يي.", date: "2025-11-01")
        XCTAssertTrue(arabic.contains("wang_yi criticizes united_states"), "\(arabic)")
    }

    func testAJudgementOpeningTheSentenceJudgesNoOne() {
        XCTAssertEqual(edges("Unacceptable, Lavrov said."), [])
        XCTAssertEqual(edges("Illegal, Lavrov told reporters about the sanctions."), [])
        XCTAssertEqual(edges("غير قانوني، قال لافروف."), [])
    }

    func testOneWhoSuffersADeedInARelativeClauseIsNotJudged() {
        let found = edges("Lavrov said the sanctions that Russia faces were illegal.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.hasPrefix("lavrov criticizes") }, "\(found)")
    }
}
