import XCTest
import EntityGraph
@testable import Extraction

/// Words after a family name with the article, a noun phrase after a name, surnames spelled like
/// English stopwords, a "He" after a sentence opened by a time phrase, a leader's title over a
/// body the lexicon does not know, "بزعامة", one-word names of coalitions in quotation marks,
/// "المفوضية" as a body's anaphor, and Iraq's parties and leaders in the lexicon.
final class FamilyNamesLeadersAndOpeningPhrasesTests: XCTestCase {
    func testAWordAfterAFamilyNameWithTheArticleIsNoPartOfTheName() {
        let text = "وحل ائتلاف \"النصر\" بزعامة رئيس الوزراء الأسبق كريم الموسوي ثالثا في بغداد."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-12")
        XCTAssertNotNil(graph.entity(id: "krim_almosoi"))
        XCTAssertNil(graph.entity(id: "krim_almosoi_thaltha"))
        XCTAssertEqual(role(graph, "krim_almosoi", "alnsr"), "leader")
    }

    func testANounWithItsAdjectiveAfterANameIsNoPartOfIt() {
        let text = "وهنأ المتحدث باسم وزارة الخارجية التركية إسماعيل أوزتورك الشعب العراقي بنجاح الانتخابات."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-12")
        XCTAssertEqual(role(graph, "ismaail_aoztork", "turkey_foreign_ministry"), "spokesperson")
        XCTAssertNil(graph.entity(id: "ismaail_aoztork_alshab"))
    }

    func testASurnameSpelledLikeAStopwordFollowsATitle() {
        let text = "Chinese Vice Premier He Lifeng met Treasury Secretary Scott Bessent in Madrid."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-09-14")
        XCTAssertEqual(role(graph, "he_lifeng", "china"), "deputy_prime_minister")
        XCTAssertTrue(edges(text, date: "2025-09-14").contains("bessent met_with he_lifeng"))
    }

    func testHeAfterASentenceOpenedByATimePhraseIsItsSubject() {
        let text = "Earlier in the week, Trump met South Korean President Lee Jae-myung in Gyeongju. He also held talks with Japanese Prime Minister Sanae Takaichi."
        let found = edges(text, date: "2025-10-30")
        XCTAssertTrue(found.contains("takaichi met_with trump"), "\(found.sorted())")
        XCTAssertFalse(found.contains("lee_jae_myung met_with takaichi"), "\(found.sorted())")
    }

    func testALeadersTitleOverAnUnknownBodyGuessesNoState() {
        let text = "بغداد – أعلنت المفوضية العليا في العراق النتائج. ودعا رئيس البعثة محمد الحسن الأطراف إلى الهدوء."
        let found = edges(text, date: "2025-11-12")
        XCTAssertFalse(found.contains { $0.hasPrefix("mhmd_alhsn") }, "\(found.sorted())")
    }

    func testBiZaamatiNamesALeader() {
        let graph = sharedExtractor.extract(text: "وحصد تحالف \"عزم\" بقيادة مثنى السامرائي عشرة مقاعد. وحل حزب \"الأمة العراقية\" بزعامة سعد الراوي رابعا.",
                                            document: "t.txt", date: "2025-11-12")
        XCTAssertEqual(role(graph, "mthna_alsamraii", "azm"), "leader")
        XCTAssertEqual(graph.entity(id: "azm")?.kind, .organization)
        XCTAssertEqual(role(graph, "sad_alraoi", "alama_alaraqia"), "leader")
    }

    func testOneQuotedWordAfterAPartyNounMayBeItsFoundersName() {
        let graph = sharedExtractor.extract(text: "وحظرت المحكمة حزب \"شور\" الذي أسسه رجل الأعمال إيلان شور.", document: "t.txt", date: "2025-11-12")
        XCTAssertNil(graph.entity(id: "shor"))
    }

    func testTheCommissionIsTheElectoralBodyNamedBefore() {
        let text = "أعلنت المفوضية العليا المستقلة للانتخابات النتائج. وقالت المتحدثة باسم المفوضية جمانة الغلاي إن النسبة بلغت 56 في المئة."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-12")
        XCTAssertEqual(role(graph, "jmana_alghlai", "ihec"), "spokesperson")
    }

    func testTheLexiconKnowsIraqsPartiesAndLeaders() {
        let text = "وتصدر الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني النتائج في أربيل، وقاطع التيار الصدري بزعامة مقتدى الصدر الانتخابات."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-12")
        XCTAssertEqual(role(graph, "masoud_barzani", "kdp"), "leader")
        XCTAssertEqual(role(graph, "muqtada_al_sadr", "sadrist_movement"), "leader")
        XCTAssertFalse(graph.entities.contains { $0.id.hasSuffix("_alntaij") })
    }
}
