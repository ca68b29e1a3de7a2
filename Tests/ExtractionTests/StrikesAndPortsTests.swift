import XCTest
@testable import Extraction

/// Strikes that hit a place, a strike noun and its verb read as one event, and a port named
/// after its state with a possessive.
final class StrikesAndPortsTests: XCTestCase {
    func testDronesThatHitAPlaceAndTheReactionToIt() {
        let text = "Ukrainian drones hit an oil refinery in Novorossiysk. Kremlin spokesman Dmitry Peskov condemned the attack."
        XCTAssertTrue(edges(text).isSuperset(of: ["ukraine attacks russia", "peskov criticizes ukraine"]), "\(edges(text))")
        XCTAssertEqual(edges("The rouble hit a record low."), [])
    }

    func testAStrikeNounAndItsVerbAreOneEvent() {
        XCTAssertEqual(edges("Russian strikes hit Odesa overnight."), ["russia attacks odesa"])
    }

    func testAPortNamedAfterItsStateWithAPossessive() {
        XCTAssertTrue(edges("Drones hit Russia's Black Sea port of Novorossiysk.").contains("novorossiysk located_in russia"))
        XCTAssertTrue(edges("Moscow struck Ukraine's Black Sea port of Odesa.").contains("odesa located_in ukraine"))
    }
}
