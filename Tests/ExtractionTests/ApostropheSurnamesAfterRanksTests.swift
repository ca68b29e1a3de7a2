import XCTest
import EntityGraph
@testable import Extraction

/// A surname with a glued apostrophe after a rank is one word of the name.
final class ApostropheSurnamesAfterRanksTests: XCTestCase {
    func testASurnameWithAnApostropheAfterARankIsWhole() {
        XCTAssertEqual(personIDs(in: "General Horta N'Tam said the army was in control."), ["horta_ntam"])
        XCTAssertEqual(personIDs(in: "Colonel Michael O'Brien said the army was in control."), ["michael_obrien"])
        // A possessive is no part of the name.
        XCTAssertEqual(personIDs(in: "General Horta Inta's men said the army was in control."), ["horta_inta"])
    }
}
