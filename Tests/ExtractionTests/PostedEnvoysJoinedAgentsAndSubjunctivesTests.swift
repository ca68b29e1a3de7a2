import XCTest
import EntityGraph
@testable import Extraction

/// Names after a title whose first word reads as a preposition and the opening of a phrase,
/// agents joined by و after an event noun, a state's envoy to an organisation named between
/// them, the posting after "to the", and present verbs after "أن".
final class PostedEnvoysJoinedAgentsAndSubjunctivesTests: XCTestCase {
    func testANameWhoseRestAfterAPrepositionOnlyOpensAPhraseIsAName() {
        let graph = sharedExtractor.extract(text: "وقال الرئيس الزامبي كولا موانزا إن بلاده ستشارك في القمة.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Kola Moanza"])
        XCTAssertEqual(role(graph, "kola_moanza", "zambia"), "president")
    }

    func testAWordWhoseRestAfterAPrepositionIsAKnownNameStaysNoName() {
        let graph = sharedExtractor.extract(text: "وقال السفير الروسي بدولة الإمارات إن بلاده مستعدة.", document: "t.txt", date: "2025-11-01")
        XCTAssertFalse(graph.entities.contains { $0.kind == .person }, "\(graph.entities.map(\.id))")
    }

    func testGroupsJoinedAfterAnAttackNounBothAttackAndNeitherAttacksTheOther() {
        let found = edges("وتصاعدت هجمات حركة الشباب وتنظيم داعش على القوات الصومالية.", date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["al_shabaab attacks somalia", "isis attacks somalia"]), "\(found.sorted())")
        XCTAssertFalse(found.contains("al_shabaab attacks isis"), "\(found.sorted())")
    }

    func testStatesJoinedAfterAnAttackNounBothAttack() {
        let found = edges("وتواصلت هجمات روسيا وبيلاروسيا على أوكرانيا.", date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["russia attacks ukraine", "belarus attacks ukraine"]), "\(found.sorted())")
        XCTAssertFalse(found.contains("russia attacks belarus"), "\(found.sorted())")
    }

    func testAStatesEnvoyToTheUnitedNationsServesTheState() {
        let graph = sharedExtractor.extract(text: "Chinese U.N. Ambassador Fu Cong told reporters the vote was premature.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "fu_cong", "china"), "ambassador")
        XCTAssertEqual(graph.relation(source: "fu_cong", type: .holdsRole, target: "china")?.attributes["place"], "united_nations")
        XCTAssertNil(graph.relation(source: "fu_cong", type: .holdsRole, target: "united_nations"))
    }

    func testAPossessiveStateBeforeTheUnitedNationsAndAnAmbassador() {
        let graph = sharedExtractor.extract(text: "Israel's U.N. Ambassador Danny Danon said the text was flawed.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "danny_danon", "israel"), "ambassador")
    }

    func testAnAmbassadorPostedToTheUnitedNationsAfterThe() {
        let graph = sharedExtractor.extract(text: "Britain's Ambassador to the United Nations Barbara Woodward spoke first.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "barbara_woodward", "united_kingdom"), "ambassador")
        XCTAssertEqual(graph.relation(source: "barbara_woodward", type: .holdsRole, target: "united_kingdom")?.attributes["place"], "united_nations")
    }

    func testAPresentVerbAfterAnIsPlanned() {
        XCTAssertEqual(attribute("modality", of: "erdogan met_with putin", in: "ومن المقرر أن يلتقي أردوغان بوتين في سوتشي الأسبوع المقبل."), "planned")
    }

    func testAPresentVerbAfterBeforeAnIsADeedDone() {
        let text = "وكانت إسرائيل قد شنت هجمات على إيران، قبل أن تقصف الولايات المتحدة إيران أيضا."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("united_states attacks iran"))
        XCTAssertNil(attribute("modality", of: "united_states attacks iran", in: text))
    }

    func testTheBoardOfPeaceIsAKnownBody() {
        let graph = sharedExtractor.extract(text: "The resolution welcomes the Board of Peace. ورحب القرار بإنشاء مجلس السلام.", document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(graph.entity(id: "board_of_peace")?.kind, .organization)
        XCTAssertEqual(graph.entities.count, 1, "\(graph.entities.map(\.id))")
    }
}
