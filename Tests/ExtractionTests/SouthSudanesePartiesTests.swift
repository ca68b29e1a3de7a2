import XCTest
import EntityGraph
@testable import Extraction

/// South Sudan's parties and militia in the lexicon: "Sudan People's Liberation
/// Movement-in-Opposition" is one body of South Sudan, not Sudan and a "Liberation Movement".
final class SouthSudanesePartiesTests: XCTestCase {
    func testTheOppositionMovementAndTheWhiteArmyAreBodiesOfSouthSudan() {
        let kinds = entityKinds(in: "His party, the Sudan People's Liberation Movement-in-Opposition (SPLM-IO), blamed the White Army militia.")
        XCTAssertTrue(kinds.contains("splm_io organization"), "\(kinds)")
        XCTAssertTrue(kinds.contains("white_army organization"))
        XCTAssertFalse(kinds.contains("sudan state"))
        // SPLM-N stays Sudan's.
        XCTAssertTrue(entityKinds(in: "The Sudan People's Liberation Movement-North fought the army.").contains("splm_n organization"))
    }
}
