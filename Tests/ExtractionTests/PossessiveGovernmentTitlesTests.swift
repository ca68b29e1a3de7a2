import XCTest
import EntityGraph
@testable import Extraction

/// "Its government spokesman" opening a sentence serves the state that opened the sentence
/// before, not the story's home state.
final class PossessiveGovernmentTitlesTests: XCTestCase {
    private let story = "Ghana said on Monday it had arrested four suspects. Interior Minister Kwame Asante said they had entered "
        + "from Togo. Togo has denied any role in the unrest that it says threatens Ghana. Its government spokesman, "
        + "Kodjo Mensah, called the claims unfounded."

    func testItsGovernmentSpokesmanServesThePreviousSentencesSubject() {
        let found = edges(story, date: "2025-11-20")
        XCTAssertTrue(found.contains("kodjo_mensah holds_role togo"))
        XCTAssertFalse(found.contains("kodjo_mensah holds_role ghana"))
    }

    func testABareGovernmentSpokesmanStillServesTheStorysState() {
        XCTAssertTrue(edges("Ghana arrested four suspects on Monday. Government spokesman Kodjo Mensah said they were held in Accra.",
                            date: "2025-11-20").contains("kodjo_mensah holds_role ghana"))
    }
}
