import XCTest
import EntityGraph
@testable import Extraction

/// Arabic companies named before a definite nisba, a state's name after "دولة" as an event's
/// agent, "the head of" a body set off by commas, two people who led talks, and a gerund after
/// "of" in an object relative clause, the state whose delegation a titled person leads.
final class CompaniesHeadsAndTalksLeadersTests: XCTestCase {
    func testAnUnknownArabicCompanyBeforeADefiniteNisbaIsAnOrganisationOfThatState() {
        let graph = sharedExtractor.extract(text: "ووقعت شركة نور غاز المصرية اتفاقا مع الحكومة.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entity(id: "nor_ghaz")?.kind, .organization)
        XCTAssertNotNil(graph.relation(source: "nor_ghaz", type: .partOf, target: "egypt"))
    }

    func testACompanyDescribedByIndefiniteAdjectivesIsNoName() {
        let graph = sharedExtractor.extract(text: "وقالت شركة خاصة إماراتية إنها ستستثمر في المشروع.", document: "t.txt", date: "2025-11-01")
        XCTAssertTrue(graph.entities.isEmpty, "\(graph.entities.map(\.id))")
    }

    func testAStateNamedAfterItsStateNounIsTheAgentOfSolidarity() {
        let found = edges("وأكدت الوزارة تضامن دولة الكويت مع الأردن.", date: "2025-11-01")
        XCTAssertEqual(found, ["kuwait supports jordan"])
    }

    func testTheHeadOfABodySetOffByCommas() {
        let graph = sharedExtractor.extract(text: "The head of Lithuania's military intelligence agency, Elegijus Paulavicius, said the drones came from Belarus.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "elegijus_paulavicius", "lithuania_military_intelligence"), "head")
    }

    func testHeadAsAVerbOrOfStateNamesNoOne() {
        let found = edges("Zelenskiy will head to Washington. The head of state met Macron.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.contains("holds_role") }, "\(found.sorted())")
    }

    func testTwoPeopleWhoLedTheTalksMet() {
        let found = edges("The talks were led by Turkish Foreign Minister Hakan Fidan and his Egyptian counterpart Badr Abdelatty.", date: "2025-11-01")
        XCTAssertTrue(found.contains("abdelatty met_with fidan"), "\(found.sorted())")
    }

    func testTwoPeopleOfOneStateLeadingTalksMeetNoOne() {
        let found = edges("The talks were led by Hakan Fidan and Recep Tayyip Erdogan.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.contains("met_with") }, "\(found.sorted())")
    }

    func testAGerundAfterOfInARelativeClauseTakesNoObjectFromItsHead() {
        let found = edges("Polish Interior Minister Tomasz Siemoniak said the suspects had been recruited online by the GRU, Russia's military "
                          + "intelligence agency, which he accused of waging a \"hybrid war\" against European countries.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.contains(" attacks ") }, "\(found.sorted())")
    }

    func testATitleAfterLedByServesTheDelegationsState() {
        let graph = sharedExtractor.extract(text: "Colombian Environment Minister Irene Velez spoke. China's delegation, led by Vice Premier Ding Xuexiang, backed the text.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertNotNil(graph.relation(source: "ding_xuexiang", type: .holdsRole, target: "china"))
        XCTAssertNil(graph.relation(source: "ding_xuexiang", type: .holdsRole, target: "colombia"))
    }
}
