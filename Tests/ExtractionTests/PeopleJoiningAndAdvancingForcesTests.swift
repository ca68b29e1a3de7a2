import XCTest
import EntityGraph
@testable import Extraction

/// A person is no member of an alliance the sentence says someone joins; forces advancing into a
/// state's territory attack it.
final class PeopleJoiningAndAdvancingForcesTests: XCTestCase {
    func testAPersonIsNoMemberOfABlocJoined() {
        let found = edges("Sandu has sought closer ties with the United States, and parliament passed a law launching the process of joining the EU.")
        XCTAssertFalse(found.contains("sandu member_of european_union"), "\(found)")
        XCTAssertTrue(edges("Montenegro will join the EU by 2028, its prime minister said.").contains("montenegro member_of european_union"))
    }

    func testForcesAdvancingIntoATerritoryAttackIt() {
        XCTAssertTrue(edges("Russian forces advanced into Ukrainian territory near Kharkiv in May.").contains("russia attacks ukraine"))
    }
}
