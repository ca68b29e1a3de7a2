import XCTest
@testable import Extraction

/// A person's family name spelled like a state, "cooperating with" capitals, the Commission named
/// again, names holding a word the lexicon knows, and a surname spelled like a nisba.
final class SurnamesLikeStatesAndCommissionsTests: XCTestCase {
    func testAFamilyNameSpelledLikeAStateIsThePersonAgain() {
        let text = "Portuguese Prime Minister Luis Montenegro met Spain's king. Montenegro said Portugal would ask the European Commission for an audit."
        XCTAssertFalse(entityKinds(in: text).contains("montenegro state"))
        XCTAssertTrue(entityKinds(in: "Portuguese Prime Minister Luis Montenegro flew to Montenegro.").contains("montenegro state"))
    }

    func testCooperatingWithCapitalsRepeatedAfterAPreposition() {
        XCTAssertEqual(edges("Madrid was cooperating fully with Lisbon and with Brussels."),
                       ["european_union cooperates_with spain", "portugal cooperates_with spain"])
    }

    func testTheCommissionNamesTheEuropeanCommissionAgain() {
        let found = edges("The European Commission met on Monday. EU Energy Commissioner Dan Jorgensen said the Commission would support Spain.")
        XCTAssertTrue(found.contains("european_commission supports spain"), "\(found)")
        XCTAssertFalse(found.contains("dan_jorgensen supports spain"), "\(found)")
    }

    func testACompanyNameMayHoldAWordTheLexiconKnows() {
        XCTAssertEqual(entityKinds(in: "He criticised the company Red Electrica."), ["red_electrica organization"])
    }

    func testASurnameSpelledLikeAWordOfAKnownName() {
        XCTAssertEqual(entityKinds(in: "قال الباحث باتريك إرميني إن الوضع صعب."), ["batrik_irmini person"])
    }
}
