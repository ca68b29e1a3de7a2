import XCTest
import EntityGraph
@testable import Extraction

/// A describing noun between a state's possessive and a title qualifies the title.
final class DescribedTitlesTests: XCTestCase {
    func testADescribingNounAfterAPossessiveKeepsTheTitlesOffice() {
        XCTAssertEqual(edges("Colombia's populist president Gustavo Petro said it.", date: "2025-11-01"), ["gustavo_petro holds_role colombia"])
        XCTAssertEqual(edges("Bosnian Serb nationalist leader Milorad Dodik said it.", date: "2025-11-01").filter { $0.hasSuffix("serbia") }, [])
    }
}
