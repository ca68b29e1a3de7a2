import XCTest
import EntityGraph
@testable import Extraction

/// Developing something with a state is cooperating with it.
final class JointDevelopmentTests: XCTestCase {
    func testDevelopingAWeaponWithAStateIsCooperation() {
        let found = edges("The Philippines bought the BrahMos missile, which India developed with Russia.", date: "2025-08-05")
        XCTAssertTrue(found.contains("india cooperates_with russia"), "\(found.sorted())")
        XCTAssertTrue(edges("Turkey jointly developed with Pakistan a new drone.", date: "2025-08-05").contains("pakistan cooperates_with turkey"))
    }
}
