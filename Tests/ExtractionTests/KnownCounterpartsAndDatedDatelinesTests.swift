import XCTest
import EntityGraph
@testable import Extraction

/// A counterpart the lexicon knows holds the role someone named before him holds, not the last
/// title read; a dateline of a place, a date and a dash ("CAIRO, Nov 27 -") is no part of the
/// sentence; a companion with a national title ("accompanied by Interior Minister ...") serves the
/// state of whom he accompanies.
final class KnownCounterpartsAndDatedDatelinesTests: XCTestCase {
    func testAKnownCounterpartHoldsTheRoleOfHisOpposite() {
        let text = "Italian Foreign Minister Antonio Tajani met Egyptian President Abdel Fattah al-Sisi and signed agreements with his counterpart Badr Abdelatty."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-27")
        XCTAssertEqual(role(graph, "abdelatty", "egypt"), "foreign_minister")
        XCTAssertEqual(role(graph, "sisi", "egypt"), "president")
    }

    func testADatelineWithADateAndADashOpensNoActor() {
        let text = """
        CAIRO, Nov 27 - Italian Foreign Minister Antonio Tajani met Egyptian President Abdel Fattah al-Sisi and signed three \
        agreements with his counterpart Badr Abdelatty.
        """
        let found = edges(text, date: "2025-11-27")
        XCTAssertTrue(found.isSuperset(of: ["abdelatty met_with tajani", "egypt cooperates_with italy"]), "\(found.sorted())")
    }

    func testACompanionServesTheStateOfWhomHeAccompanies() {
        let text = """
        CAIRO, Nov 27 - Italian Foreign Minister Antonio Tajani met Egyptian Foreign Minister Badr Abdelatty. \
        Tajani, who was accompanied by Interior Minister Matteo Piantedosi, said Rome would increase its aid.
        """
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-27")
        XCTAssertEqual(role(graph, "matteo_piantedosi", "italy"), "interior_minister")
        XCTAssertNil(role(graph, "matteo_piantedosi", "egypt"))
    }
}
