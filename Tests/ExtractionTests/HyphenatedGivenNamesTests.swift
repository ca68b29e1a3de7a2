import XCTest
import EntityGraph
@testable import Extraction

/// A known surname that opens another person's hyphenated given name names no one.
final class HyphenatedGivenNamesTests: XCTestCase {
    func testAKnownNameInsideAHyphenatedGivenNameIsNotThatPerson() {
        XCTAssertEqual(personIDs(in: "First Vice Foreign Minister Park Yoon-joo told Chinese Ambassador Dai Bing that Beijing's actions violated an agreement."),
                       ["dai_bing", "park_yoonjoo"])
    }

    func testAKnownNameBeforeAHyphenAndAnotherNameStillNamesThem() {
        XCTAssertEqual(personIDs(in: "The Putin-Trump summit was delayed."), ["putin", "trump"])
    }
}
