import XCTest
@testable import Extraction

/// Talks held inside a relative clause, meetings told by something said "during talks", an
/// acronym in brackets that names the known organisation before it, and attacks on a place of
/// another state read as attacks on that state.
final class RelativeTalksDuringTalksAndStruckPlacesTests: XCTestCase {
    func testTalksInARelativeClauseAreHeldByItsHead() {
        let english = edges("Modi was accompanied by Foreign Minister Subrahmanyam Jaishankar, who held separate talks with his Russian counterpart Sergei Lavrov.")
        XCTAssertTrue(english.contains("jaishankar met_with lavrov"), "\(english)")
        XCTAssertFalse(english.contains("lavrov met_with modi"), "\(english)")
        let arabic = edges("ورافق الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية جان نويل بارو، الذي أجرى مباحثات مع نظيره التركي هاكان فيدان.")
        XCTAssertTrue(arabic.contains("barrot met_with fidan"), "\(arabic)")
        XCTAssertFalse(arabic.contains("fidan met_with macron"), "\(arabic)")
    }

    func testWhatOneTellsAnotherDuringTalksMeansTheyMet() {
        let english = edges("Chinese President Xi Jinping told Brazilian President Luiz Inacio Lula da Silva during talks in Beijing that trade must grow.")
        XCTAssertTrue(english.contains("lula met_with xi_jinping"), "\(english)")
        let arabic = edges("أبلغ الرئيس التركي رجب طيب أردوغان نظيره الأذربيجاني إلهام علييف، خلال محادثات في باكو، أن أنقرة تدعم السلام.")
        XCTAssertTrue(arabic.contains("erdogan met_with ilham_aliyev"), "\(arabic)")
    }

    func testAMeetingOfABodyIsNoMeetingOfTheTwo() {
        let found = edges("Hungary's Prime Minister Viktor Orban blocked Ukraine's President Volodymyr Zelensky during a meeting of EU leaders.")
        XCTAssertFalse(found.contains("orban met_with zelensky"), "\(found)")
    }

    func testAnAcronymInBracketsAfterAKnownNameNamesIt() {
        let graph = sharedExtractor.extract(text: "The Caspian Pipeline Consortium (CPC) said its terminal was hit. The CPC ships most of Kazakhstan's oil.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.map(\.id).filter { ["cpc", "communist_party_of_china"].contains($0) }, ["cpc"])
    }

    func testAnAttackOnAPlaceOfAnotherNamedStateAttacksThatState() {
        let english = edges("Russia struck the Ukrainian city of Dnipro on Thursday.")
        XCTAssertTrue(english.contains("russia attacks ukraine"), "\(english)")
        let arabic = edges("قصفت إسرائيل مدينة صور اللبنانية.")
        XCTAssertTrue(arabic.contains("israel attacks lebanon"), "\(arabic)")
        let unnamed = sharedExtractor.extract(text: "Pakistan struck Kandahar on Monday.", document: "t.txt", date: "2025-11-01")
        XCTAssertNil(unnamed.entity(id: "afghanistan"))
    }

    func testTheLiftedAttackIsExplainedWithItsSentence() {
        let explained = sharedExtractor.explain(text: "قصفت إسرائيل مدينة صور اللبنانية.", document: "t.txt", date: "2025-11-01")
        XCTAssertTrue(explained.sentences[0].report.contains("israel -attacks-> lebanon  rule attack_on_place"), explained.sentences[0].report)
    }
}
