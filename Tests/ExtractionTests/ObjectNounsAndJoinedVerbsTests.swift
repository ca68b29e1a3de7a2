import XCTest
import EntityGraph
@testable import Extraction

/// An event noun that another verb takes names no doer before it; a verb joined by "and" in a
/// clause cut off from the main subject keeps the subject of the verb before it.
final class ObjectNounsAndJoinedVerbsTests: XCTestCase {
    func testVisitNounTakenByAnotherVerbHasNoVisitor() {
        XCTAssertEqual(edges("Tusk praised the trip to Moscow."), [])
        XCTAssertEqual(edges("Orban paid a visit to Beijing."), ["china met_with orban"])
        XCTAssertEqual(edges("Macron concluded a visit to China."), ["china met_with macron"])
    }

    func testVerbJoinedByAndKeepsTheSubjectOfTheVerbBefore() {
        XCTAssertEqual(edges("Orban spoke days after he visited Kyiv and met Zelenskiy."),
                       ["orban met_with ukraine", "orban met_with zelensky"])
    }
}
