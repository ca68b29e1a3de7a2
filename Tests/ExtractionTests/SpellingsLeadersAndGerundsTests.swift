import XCTest
@testable import Extraction

/// British and American spellings of organisations, "the two leaders" named earlier in their
/// own sentence, and gerunds after a clause opener.
final class SpellingsLeadersAndGerundsTests: XCTestCase {
    func testAnOrganisationIsMatchedInEitherSpelling() {
        XCTAssertTrue(edges("Belarus joined the Shanghai Cooperation Organization in 2024.").contains("belarus member_of sco"))
        XCTAssertTrue(edges("Belarus joined the Shanghai Cooperation Organisation in 2024.").contains("belarus member_of sco"))
        XCTAssertEqual(EnglishSpellings.others(of: "World Health Organization"), ["World Health Organisation"])
        XCTAssertEqual(EnglishSpellings.others(of: "Kremlin"), [])
    }

    func testTheTwoLeadersAreTheTwoPeopleTheirSentenceNamed() {
        let text = "Tokayev hosted Mirziyoyev in Astana, and the two leaders signed a water-sharing agreement."
        XCTAssertTrue(edges(text).contains("kazakhstan cooperates_with uzbekistan"), "\(edges(text))")
    }

    func testAGerundAfterAClauseOpenerIsTheFirstActors() {
        let text = "Poland expelled a Russian diplomat on Monday, after blaming Moscow for the sabotage."
        XCTAssertTrue(edges(text).contains("poland criticizes russia"), "\(edges(text))")
    }
}
