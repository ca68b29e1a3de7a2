import XCTest
import EntityGraph
@testable import Extraction

/// States tied to another "بعلاقات تحالف", unknown people named before a comma and a phrase
/// that describes a person, "him" / "عليه" after a trigger's preposition, Ukraine's
/// anti-corruption bodies and the secretary of its security council.
final class AlliancesDescribedPeopleAndPrepositionPronounsTests: XCTestCase {
    func testAStateTiedToAnotherByAllianceIsItsAlly() {
        let found = edges("ويرتبط الأردن بالولايات المتحدة بعلاقات تحالفية وثيقة منذ عقود.", date: "2025-11-01")
        XCTAssertTrue(found.contains("jordan allied_with united_states"), "\(found.sorted())")
    }

    func testCloseTiesWithoutAnAllianceMakeNoAllies() {
        let found = edges("وترتبط مصر بالسعودية بعلاقات اقتصادية وثيقة.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.contains("allied_with") }, "\(found.sorted())")
    }

    func testStatesBoundByATreatyStillJoinTheirUnion() {
        let found = edges("وترتبط روسيا وبيلاروسيا بمعاهدة دولة الاتحاد.", date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["russia member_of union_state", "belarus member_of union_state"]), "\(found.sorted())")
    }

    func testAnUnknownNameBeforeAnEnglishDescriptionIsAPerson() {
        let graph = sharedExtractor.extract(text: "Police questioned Oleg Markov, a close associate of the mayor, on Tuesday.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entity(id: "oleg_markov")?.kind, .person)
    }

    func testAnUnknownNameBeforeAnArabicDescriptionIsAPerson() {
        let graph = sharedExtractor.extract(text: "واعتقلت الشرطة رستم كريموف، الشريك التجاري للوزير، يوم الثلاثاء.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Rstm Krimof"])
    }

    func testTimorAsAGivenNameLeavesTimorLesteAState() {
        let graph = sharedExtractor.extract(text: "وانضمت تيمور ليشتي إلى رابطة آسيان، وقال رجل الأعمال تيمور عثمانوف إنه يرحب بذلك.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entity(id: "timor_leste")?.kind, .state)
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.count, 1, "\(graph.entities.map(\.id))")
    }

    func testABodyBeforeADescriptionIsNoPerson() {
        let graph = sharedExtractor.extract(text: "The Caspian Pipeline Consortium, a partner of Chevron, said exports resumed.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertFalse(graph.entities.contains { $0.kind == .person }, "\(graph.entities.map(\.id))")
    }

    func testHimAfterASanctionsPrepositionIsThePersonNamedBefore() {
        let found = edges("Oleg Markov, a businessman, fled the country, and Ukraine imposed sanctions on him.", date: "2025-11-01")
        XCTAssertTrue(found.contains("ukraine sanctions oleg_markov"), "\(found.sorted())")
    }

    func testAJoinedArabicPronounAfterSanctionsIsThePersonOfTheSentenceBefore() {
        let found = edges("وغادر رجل الأعمال رستم كريموف البلاد. وفرضت أوكرانيا عقوبات عليه.", date: "2025-11-01")
        XCTAssertTrue(found.contains { $0.hasPrefix("ukraine sanctions rstm_krim") }, "\(found.sorted())")
    }

    func testHerAfterMetWithIsTheWomanNamedBefore() {
        let found = edges("Ursula von der Leyen arrived in Kyiv. Zelenskiy met with her on Monday.", date: "2025-11-01")
        XCTAssertTrue(found.contains("von_der_leyen met_with zelensky"), "\(found.sorted())")
    }

    func testHerBeforeANounIsAPossessive() {
        let found = edges("Ursula von der Leyen arrived in Kyiv. Zelenskiy met with her advisers on Monday.", date: "2025-11-01")
        XCTAssertFalse(found.contains("von_der_leyen met_with zelensky"), "\(found.sorted())")
    }

    func testTheLexiconKnowsUkrainesAntiCorruptionBureau() {
        let text = "Ukraine's National Anti-Corruption Bureau accused a former energy minister of taking bribes."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(graph.entity(id: "nabu")?.kind, .organization)
    }

    func testTheSecretaryOfUkrainesSecurityCouncilHoldsThatRole() {
        let text = "Rustem Umerov, secretary of the National Security and Defence Council, met U.S. officials in Miami."
        XCTAssertEqual(role(sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-30"), "umerov", "ukraine"), "security_council_secretary")
    }
}
