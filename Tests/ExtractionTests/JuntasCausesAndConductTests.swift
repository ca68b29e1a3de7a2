import XCTest
import EntityGraph
@testable import Extraction

/// Operations against someone, places named after a located noun with the article or in two
/// words, military juntas placed by their seat, events someone was driven to, judgements of
/// someone's conduct in reported speech, and places that are no doers.
final class JuntasCausesAndConductTests: XCTestCase {
    func testOperationsAgainstSomeoneAreAnAttack() {
        XCTAssertTrue(edges("وتعهدت أنقرة بمواصلة عملياتها ضد حزب العمال الكردستاني.").contains("turkey attacks pkk"))
        XCTAssertTrue(edges("Pakistan's army said its operations against the TTP would continue.").contains("pakistan attacks ttp"))
        XCTAssertFalse(edges("وتواصل فرق الإنقاذ عمليات البحث في غزة.").contains { $0.contains("attacks") })
    }

    func testAPlaceAfterALocatedNounMayHaveTheArticleBeforeACompassWord() {
        let graph = sharedExtractor.extract(text: "وتعطلت الملاحة في ميناء الصليف غربي اليمن.", document: "t.txt")
        let located = graph.relations.filter { $0.type == .locatedIn && $0.target == "yemen" }
        XCTAssertEqual(located.map { graph.entity(id: $0.source)?.labels["ar"] }, ["الصليف"], "\(graph.relations)")
        let ocean = edges("وناقش الحلف الرد مع حلفائه في منطقة المحيطين الهندي والهادئ.")
        XCTAssertFalse(ocean.contains { $0.contains("india") }, "\(ocean)")
    }

    func testAPlaceIsNoDoerOfADeed() {
        let found = edges("وقصفت الطائرات منطقة قنديل شمالي العراق.")
        XCTAssertTrue(found.contains("qandil located_in iraq"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains(" attacks ") }, "\(found)")
    }

    func testAJuntaPlacedByItsSeatIsItsStatesBody() {
        let text = "واتهمت الجزائر المجلس العسكري الحاكم في نيامي بدعم الجماعات المسلحة."
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        XCTAssertTrue(graph.entity(id: "niger_junta")?.aliases.contains("المجلس العسكري الحاكم") == true, "\(String(describing: graph.entity(id: "niger_junta")))")
        XCTAssertTrue(edges(text).isSuperset(of: ["niger_junta part_of niger", "algeria criticizes niger"]), "\(edges(text))")
        let english = edges("Algeria accused Niger's ruling junta of backing armed groups.")
        XCTAssertTrue(english.contains("algeria criticizes niger"), "\(english)")
    }

    func testTheOneDrivenToAnEventIsItsSubject() {
        let recall = edges("وأسقطت الدفاعات طائرة مسيرة، ما دفع بولندا إلى استدعاء سفيرها لدى موسكو.")
        XCTAssertTrue(recall.contains("poland sanctions russia"), "\(recall)")
        let talks = edges("Russian jets violated Finnish airspace, prompting Finland to request consultations with NATO.")
        XCTAssertTrue(talks.contains("finland met_with nato"), "\(talks)")
        XCTAssertFalse(talks.contains { $0.contains("met_with") && $0.contains("russia") }, "\(talks)")
    }

    func testJudgingSomeonesConductInReportedSpeechCriticisesThem() {
        XCTAssertTrue(edges("Rutte said the alliance would respond to Russia's reckless behavior.").contains("rutte criticizes russia"))
        let arabic = edges("وقال وزير الخارجية البولندي رادوسلاف سيكورسكي إن الاستفزازات الروسية تهدد أمن المنطقة.")
        XCTAssertTrue(arabic.contains("sikorski criticizes russia"), "\(arabic)")
        XCTAssertFalse(edges("The provocations continued on Sunday near the Russian border.").contains { $0.contains("criticizes") })
    }
}
