import XCTest
import EntityGraph
@testable import Extraction

/// People that Arabic and English stories both name, now in the lexicon with dated roles (envoys,
/// spokespeople, African and Latin American leaders), and a known person before an English title
/// whose office is named first ("Hanna Tetteh, the U.N. special envoy for Libya").
final class EnvoysAndAfricanLeadersTests: XCTestCase {
    func testTheArabicAndEnglishNamesOfAnEnvoyAreOnePerson() {
        XCTAssertEqual(edges("قال هانس غروندبرغ، المبعوث الأممي إلى اليمن، إن المحادثات ستستأنف.", date: "2025-11-01"),
                       ["hans_grundberg holds_role united_nations"])
        XCTAssertEqual(edges("Hans Grundberg, the U.N. special envoy for Yemen, said the talks would resume.", date: "2025-11-01"),
                       ["hans_grundberg holds_role united_nations"])
    }

    func testMadagascarsPresidentOnTheArticlesDate() {
        let text = "قال الرئيس الملغاشي إن الحكومة ستجري انتخابات."
        XCTAssertEqual(edges(text, date: "2024-05-01"), ["rajoelina holds_role madagascar"])
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["randrianirina holds_role madagascar"])
    }

    func testAKnownLeaderNamedWithoutTitle() {
        XCTAssertEqual(edges("استقبل الرئيس الأمريكي دونالد ترامب نجيب بوكيلي في البيت الأبيض.", date: "2025-04-14"),
                       ["trump holds_role united_states", "bukele met_with trump"])
        XCTAssertTrue(edges("Sri Lankan President Anura Kumara Dissanayake met Indian Prime Minister Narendra Modi in Colombo.", date: "2025-04-05")
            .contains("dissanayake met_with modi"))
    }

    func testAKnownPersonBeforeATitleWhoseOfficeComesFirst() {
        XCTAssertEqual(edges("Hanna Tetteh, the U.N. special envoy for Libya, said the talks would resume.", date: "2025-11-01"),
                       ["hanna_tetteh holds_role united_nations"])
    }

    func testAnAdjectiveBeforeTheOfficeKeepsItsTitleApart() {
        XCTAssertFalse(edges("Viktor Orban, the only EU leader who congratulated Lukashenko, said Budapest would not back new sanctions.",
                             date: "2025-11-01").contains("orban holds_role european_union"))
    }
}
