import XCTest
import EntityGraph
@testable import Extraction

/// A state that chairs a bloc is its member; summoning an envoy is criticism, as a gerund too;
/// the head of a state's administration heads the state; "قد فرضت في ديسمبر الماضي عقوبات" keeps
/// its subject; a verb with an object pronoun before a plural noun has that noun for subject;
/// a meeting "since meeting" and a signing after a dated clause are read.
final class ChairsSummonsAndAdministrationsTests: XCTestCase {
    func testAStateThatChairsABlocIsItsMember() {
        XCTAssertTrue(edges("Tokayev praised the Shanghai Cooperation Organisation (SCO), which Astana currently chairs.").contains("kazakhstan member_of sco"))
        XCTAssertTrue(edges("وتترأس أرمينيا منظمة معاهدة الأمن الجماعي هذا العام.").contains("armenia member_of csto"))
        XCTAssertFalse(edges("Putin chairs a meeting of the Security Council.").contains { $0.contains("member_of") })
    }

    func testSummoningAnEnvoyAsAGerundIsCriticism() {
        XCTAssertTrue(edges("وردت وزارة الخارجية الإيرانية باستدعاء السفير الألماني لدى طهران.").contains("iran criticizes germany"))
    }

    func testTheHeadOfAStatesAdministrationHeadsTheState() {
        let graph = sharedExtractor.extract(text: "واستقبل رئيس الإدارة السورية الجديدة أحمد الشرع وزير الخارجية الأوكراني أندريه سيبيها في دمشق.", document: "t.txt", date: "2025-01-01")
        XCTAssertEqual(role(graph, "al_sharaa", "syria"), "president")
        XCTAssertTrue(graph.relations.contains { $0.type == .metWith && Set([$0.source, $0.target]) == ["al_sharaa", "sybiha"] })
    }

    func testAnImposingVerbBeforeADateKeepsItsSubject() {
        XCTAssertTrue(edges("وكانت كندا قد فرضت في مارس الماضي عقوبات على إيفانيشفيلي.").contains("canada sanctions ivanishvili"))
    }

    func testAPluralNounAfterAVerbWithAnObjectPronounIsItsSubject() {
        XCTAssertFalse(edges("ويقود الحكومة فيكتور أوربان، ويتهمه منتقدوه بجر المجر نحو روسيا.").contains { $0.hasPrefix("orban criticizes") })
    }

    func testMeetingSinceAndSigningAfterADatedClause() {
        let found = edges("Chinese President Xi Jinping arrived in Kazakhstan, his first trip since meeting Russian President Vladimir Putin in Moscow last month, and signed agreements with Kazakh President Kassym-Jomart Tokayev.")
        XCTAssertTrue(found.contains("putin met_with xi_jinping") || found.contains("xi_jinping met_with putin"))
        XCTAssertTrue(found.contains("tokayev met_with xi_jinping") || found.contains("xi_jinping met_with tokayev"))
    }
}
