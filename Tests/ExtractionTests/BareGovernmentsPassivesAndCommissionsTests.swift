import XCTest
import EntityGraph
@testable import Extraction

/// A bare government or authorities in a story told from a state's city, passive verbs whose
/// "by" comes a few words later, bodies named before "Commission" / "Council", a portfolio
/// opened by ل before في, "بلادها" after the person who opens the sentence, Tanzania's and Kenya's
/// leaders and the Organization of American States in the lexicon.
final class BareGovernmentsPassivesAndCommissionsTests: XCTestCase {
    func testABareGovernmentInAStoryFromItsStateIsThatState() {
        let text = "ABIDJAN, Oct 27 (Reuters) - Ivory Coast held a presidential vote on Saturday. Thiam accused the government of organising an election without competition."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-10-27")
        XCTAssertTrue(edges(text, date: "2025-10-27").contains("tidjane_thiam criticizes ivory_coast"))
        XCTAssertFalse(graph.entities.contains { $0.id == "ivory_coast_government" })
        XCTAssertFalse(graph.entity(id: "ivory_coast")?.aliases.contains("government") ?? true)
    }

    func testBareAuthoritiesCloseTheirStatesBorder() {
        let found = edges("دار السلام - أجريت الانتخابات في تنزانيا. وأغلقت السلطات الحدود مع كينيا لفترة وجيزة.", date: "2025-11-01")
        XCTAssertTrue(found.contains("kenya borders tanzania"), "\(found.sorted())")
    }

    func testABareGovernmentAfterAnotherStateIsNotTheHomeStates() {
        let found = edges("BAKU (Reuters) - Azerbaijan hosted the talks. The EU suspended Georgia's accession process after the government halted the talks.",
                          date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.contains("azerbaijan") && $0.contains("european_union") }, "\(found.sorted())")
        let graph = sharedExtractor.extract(text: "بغداد - أعلن العراق النتائج. وقالت واشنطن إنها ستعمل مع الحكومة الجديدة.", document: "t.txt", date: "2025-11-12")
        XCTAssertFalse(graph.relations.contains { $0.source == "united_states" && $0.target == "iraq" && $0.type == .cooperatesWith })
    }

    func testAPassiveAgentAfterAFewWordsActs() {
        let found = edges("Former President Laurent Gbagbo was barred from running by the Constitutional Council.", date: "2025-10-27")
        XCTAssertTrue(found.contains("constitutional_council sanctions laurent_gbagbo"), "\(found.sorted())")
        XCTAssertFalse(found.contains { $0.hasPrefix("laurent_gbagbo") }, "\(found.sorted())")
    }

    func testCapitalisedWordsBeforeCommissionNameABody() {
        let graph = sharedExtractor.extract(text: "The Independent Electoral Commission said turnout was 50.1%.", document: "t.txt", date: "2025-10-27")
        XCTAssertEqual(graph.entity(id: "independent_electoral_commission")?.kind, .organization)
    }

    func testAPortfolioOpenedByLamStandsBeforeFi() {
        let text = "ودعا المفوض السامي لشؤون اللاجئين في الأمم المتحدة كريم حداد السلطات التنزانية إلى فتح تحقيق."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "krim_hdad", "united_nations"), "high_commissioner")
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("krim_hdad requests tanzania"))
    }

    func testTheLexiconKnowsTanzaniasAndKenyasLeaders() {
        let text = "وهنأ الرئيس الكيني وليام روتو الرئيسة سامية صولوحو حسن بالفوز، فيما يواجه زعيم حزب تشاديما توندو ليسو تهمة الخيانة."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-03")
        XCTAssertEqual(role(graph, "william_ruto", "kenya"), "president")
        XCTAssertEqual(role(graph, "samia_suluhu_hassan", "tanzania"), "president")
        XCTAssertEqual(role(graph, "tundu_lissu", "chadema"), "leader")
    }

    func testTheLexiconKnowsTheOrganizationOfAmericanStates() {
        let graph = sharedExtractor.extract(text: "ودعت منظمة الدول الأمريكية جميع الأطراف في هندوراس إلى احترام النتائج.", document: "t.txt", date: "2025-12-01")
        XCTAssertEqual(graph.entity(id: "oas")?.kind, .alliance)
        XCTAssertTrue(edges("ودعت منظمة الدول الأمريكية جميع الأطراف في هندوراس إلى احترام النتائج.", date: "2025-12-01").contains("oas requests honduras"))
    }

    func testHerCountryIsTheOpeningSubjectsNotTheLastPersonNamed() {
        let text = "وانتقدت الرئيسة الهندوراسية شيومارا كاسترو تصريحات ترامب، واعتبرتها تدخلا في الشؤون الداخلية لبلادها."
        let country = sharedExtractor.explain(text: text, document: "t.txt", date: "2025-12-01").sentences.last?.mentions.first { $0.surface == "لبلادها" }
        XCTAssertEqual(country?.ids, ["honduras"])
        let relative = "وكان غولر قد التقى الرئيس الأذربيجاني إلهام علييف، الذي أشاد بالدعم التركي لبلاده."
        let his = sharedExtractor.explain(text: relative, document: "t.txt", date: "2025-12-01").sentences.last?.mentions.first { $0.surface == "لبلاده" }
        XCTAssertEqual(his?.ids, ["azerbaijan"])
    }
}
