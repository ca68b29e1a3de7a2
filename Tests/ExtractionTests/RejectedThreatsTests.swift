import XCTest
import EntityGraph
@testable import Extraction

/// "threat" is a threat's noun in English; rejecting a threat someone made does not unmake it,
/// while refusing one's own deed still cancels it.
final class RejectedThreatsTests: XCTestCase {
    func testARejectedThreatWasMade() {
        let found = edges("Nigeria rejected Trump's threat to take military action in Nigeria.", date: "2025-11-02")
        XCTAssertTrue(found.contains("trump threatens nigeria"), "\(found)")
    }

    func testAPossessedThreatIsAThreat() {
        XCTAssertTrue(edges("Trump's threat to take military action in Nigeria drew anger.", date: "2025-11-02").contains("trump threatens nigeria"))
    }

    func testARefusedDeedOfOnesOwnIsNoDeed() {
        XCTAssertFalse(edges("Warsaw ruled out sending troops to Ukraine.", date: "2025-11-02").contains("poland deploys_to ukraine"))
    }
}
