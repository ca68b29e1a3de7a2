import XCTest
import EntityGraph
@testable import Extraction

/// A verbal noun after a two-word name, warships of a state's navy, taking part in joint drills
/// with a state, and the lexicon's additions of this batch (Maduro, the Awami League, the DEA,
/// Port of Spain).
final class VerbalNounsWarshipsAndParticipationTests: XCTestCase {
    func testAVerbalNounAfterATwoWordNameIsNoPartOfIt() {
        let graph = sharedExtractor.extract(text: "وأعلن وزير الخارجية الغاني صامويل أبلاكوا تعليق الاتفاقية مع توغو.", document: "t.txt", date: "2025-03-10")
        XCTAssertEqual(role(graph, "samoil_ablakoa", "ghana"), "foreign_minister")
        XCTAssertNil(graph.entity(id: "samoil_ablakoa_taliq"))
    }

    func testADestroyerNamedByANisbaIsItsStatesNavy() {
        let graph = sharedExtractor.extract(text: "ورست المدمرة الأمريكية في ميناء بورت أوف سبين.", document: "t.txt", date: "2025-10-26")
        XCTAssertNotNil(graph.relation(source: "united_states_navy", type: .partOf, target: "united_states"))
        let found = edges("The U.S. destroyer docked in Port of Spain for joint drills with Trinidad and Tobago.", date: "2025-10-26")
        XCTAssertTrue(found.contains("trinidad_and_tobago cooperates_with united_states"), "\(found.sorted())")
    }

    func testTakingPartInJointDrillsWithAStateIsCooperation() {
        let found = edges("وشاركت الولايات المتحدة في مناورات مشتركة مع فنزويلا.", date: "2025-10-26")
        XCTAssertTrue(found.contains("united_states cooperates_with venezuela"), "\(found.sorted())")
    }

    func testTheLexiconKnowsMaduroTheAwamiLeagueTheDEAAndPortOfSpain() {
        let graph = sharedExtractor.extract(text: "أعلن الرئيس الفنزويلي نيكولاس مادورو تعليق الاتفاقية.", document: "t.txt", date: "2025-10-27")
        XCTAssertEqual(role(graph, "maduro", "venezuela"), "president")
        XCTAssertEqual(sharedExtractor.extract(text: "ودعا حزب رابطة عوامي إلى إضراب عام.", document: "t.txt", date: nil)
            .entity(id: "awami_league")?.kind, .organization)
        XCTAssertEqual(sharedExtractor.extract(text: "Morales ordered the U.S. Drug Enforcement Administration out of the country.",
                                               document: "t.txt", date: "2008-11-01").entity(id: "dea")?.kind, .organization)
        XCTAssertTrue(edges("واتهمت فنزويلا السلطات في بورت أوف سبين بالتآمر.", date: "2025-10-27").contains("venezuela criticizes trinidad_and_tobago"))
    }
}
