import XCTest
import EntityGraph
@testable import Extraction

/// An annexation of another state's territory is an attack on that state.
final class AnnexationsTests: XCTestCase {
    func testAnnexingAStatesTerritoriesAttacksIt() {
        XCTAssertEqual(edges("Kazakhstan has not recognized Russia's annexation of Ukrainian territories.", date: "2025-11-20"),
                       ["russia attacks ukraine"])
    }

    func testAnAnnexingVerbAttacksTheStateNamed() {
        XCTAssertTrue(edges("Russia annexed four regions of Ukraine in 2022.", date: "2025-11-20").contains("russia attacks ukraine"))
    }
}
