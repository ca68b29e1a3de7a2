import XCTest
import EntityGraph
@testable import Extraction

/// A person's attack named by a place is no criticism in words; the chief of staff of a
/// state's armies ("الجيوش") holds his role in its army; the UN mission in South Sudan.
final class ChiefsOfStaffAndMissionsTests: XCTestCase {
    func testAPersonsAttackOnATownIsNoCriticismOfIt() {
        let found = edges("First Vice President Riek Machar attacked the northern town of Nasir last week.", date: "2025-03-11")
        XCTAssertFalse(found.contains("riek_machar criticizes nasir"), "\(found.sorted())")
        XCTAssertTrue(edges("Trump attacked Zelensky in a post on Friday.", date: "2025-03-01").contains("trump criticizes zelensky"))
    }

    func testTheChiefOfStaffOfAStatesArmiesHoldsHisRoleInItsArmy() {
        let graph = sharedExtractor.extract(text: "وجرت المراسم بحضور رئيس أركان الجيوش السنغالية الجنرال مباي سيسي.", document: "t.txt", date: "2025-07-17")
        XCTAssertEqual(role(graph, "mbai_sisi", "senegal_army"), "chief_of_staff")
        XCTAssertNotNil(graph.relation(source: "senegal_army", type: .partOf, target: "senegal"))
    }

    func testTheUNMissionInSouthSudanIsOneOrganisation() {
        let graph = sharedExtractor.extract(text: "The United Nations Mission in South Sudan called for dialogue.", document: "t.txt", date: "2025-03-11")
        XCTAssertEqual(graph.entity(id: "unmiss")?.kind, .organization)
    }
}
