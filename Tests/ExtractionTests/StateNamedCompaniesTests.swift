import XCTest
import EntityGraph
@testable import Extraction

/// A company introduced with its acronym whose name opens with a state's name is that state's,
/// and the TAZARA railway is in the lexicon.
final class StateNamedCompaniesTests: XCTestCase {
    func testAStatesNameOpeningAnAcronymsNameMakesItThatStates() {
        XCTAssertEqual(edges("China Civil Engineering Construction Corporation (CCECC) will operate the line for 30 years."),
                       ["china_civil_engineering_construction_corporation part_of china"])
    }

    func testTheTazaraRailway() {
        XCTAssertEqual(entityKinds(in: "China, Zambia and Tanzania signed a deal to rehabilitate the TAZARA railway."),
                       ["china state", "tanzania state", "tazara organization", "zambia state"])
    }
}
