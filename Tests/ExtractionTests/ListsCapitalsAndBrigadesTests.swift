import XCTest
@testable import Extraction

/// A list of states before a relative clause of borders, a capital as the agent of an event
/// noun, and a brigade kept abroad.
final class ListsCapitalsAndBrigadesTests: XCTestCase {
    func testEveryStateOfAListBeforeARelativeClauseOfBorders() {
        XCTAssertEqual(edges("Finland, Estonia and Latvia, which border Russia, have built fences."),
                       ["finland borders russia", "estonia borders russia", "latvia borders russia"])
    }

    func testACapitalAfterAnEventNounIsItsAgent() {
        XCTAssertEqual(edges("وأشار إلى تضامن باريس مع كييف."), ["france supports ukraine"])
        XCTAssertEqual(edges("وأشار إلى تضامن سكان باريس مع كييف."), [])
    }

    func testABrigadeKeptAbroad() {
        XCTAssertEqual(edges("Berlin will keep its brigade in Lithuania."), ["germany deploys_to lithuania"])
    }
}
