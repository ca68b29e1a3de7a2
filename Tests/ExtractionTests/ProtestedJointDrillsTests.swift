import XCTest
import EntityGraph
@testable import Extraction

/// Criticism of a joint deed whose holders an English participle names ("protested against joint
/// drills held by Japan and the Philippines"), and every holder a participle's "by" lists.
final class ProtestedJointDrillsTests: XCTestCase {
    func testProtestingAgainstJointDrillsCriticisesTheirHolders() {
        let found = edges("Beijing has repeatedly protested against joint drills held by Japan and the Philippines near disputed waters.",
                          date: "2025-11-24")
        XCTAssertTrue(Set(["china criticizes japan", "china criticizes philippines"]).isSubset(of: found), "\(found.sorted())")
    }

    func testCondemningJointDrillsHeldByTwoStates() {
        XCTAssertEqual(edges("China condemned joint drills held by Japan and the Philippines.", date: "2025-11-24"),
                       ["china criticizes japan", "china criticizes philippines", "japan cooperates_with philippines"])
    }

    func testEveryDoerThatAParticiplesByLists() {
        XCTAssertEqual(edges("Iran condemned the strikes carried out by Israel and the United States.", date: "2025-06-24"),
                       ["iran criticizes israel", "iran criticizes united_states"])
    }

    func testProtestsAsANounAreNoCriticismByTheSubject() {
        let found = edges("The decision, announced by foreign policy chief Kaja Kallas, follows months of protests against the ruling Georgian Dream party.",
                          date: "2025-11-24")
        XCTAssertFalse(found.contains { $0.hasPrefix("kallas criticizes") }, "\(found.sorted())")
    }
}
