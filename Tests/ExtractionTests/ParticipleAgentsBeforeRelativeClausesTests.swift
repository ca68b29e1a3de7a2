import XCTest
import EntityGraph
@testable import Extraction

/// A relative clause right after the agent of a participle ("الفصائل المدعومة من إيران التي
/// تهاجم") is about what the participle describes, not about the agent.
final class ParticipleAgentsBeforeRelativeClausesTests: XCTestCase {
    func testTheAgentOfABackingParticipleDoesNotAttack() {
        let found = edges("حذر سافايا من الفصائل المسلحة المدعومة من إيران التي تهاجم القواعد الأمريكية.", date: "2025-11-20")
        XCTAssertFalse(found.contains("iran attacks united_states"), "\(found.sorted())")
    }

    func testAPartnerBeforeARelativeClauseStillActs() {
        XCTAssertTrue(edges("وندد بالتعاون مع روسيا التي تشن حربا على أوكرانيا.", date: "2025-11-20").contains("russia attacks ukraine"))
    }
}
