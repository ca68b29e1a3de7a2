import XCTest
import EntityGraph
@testable import Extraction

/// An appointee named after a noun that describes a person ("appointed businessman X as prime
/// minister") holds the post.
final class AppointeesAfterDescriptorsTests: XCTestCase {
    func testAnAppointeeAfterADescriptiveNounHoldsThePost() {
        XCTAssertTrue(edges("Sandu appointed businessman Alexandru Munteanu as prime minister.").contains("alexandru_munteanu holds_role moldova"))
        XCTAssertTrue(edges("Madagascar's new leader appointed businessman Herintsalama Rajaonarivelo as prime minister.")
            .contains("herintsalama_rajaonarivelo holds_role madagascar"))
        // Two words between the verb and the name are no description of the appointee.
        XCTAssertFalse(edges("Sandu appointed a young businessman Alexandru Munteanu as prime minister.").contains { $0.contains("holds_role") && $0.hasPrefix("alexandru") })
    }
}
