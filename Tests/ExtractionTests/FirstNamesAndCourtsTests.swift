import XCTest
import EntityGraph
@testable import Extraction

/// A first name alone names the person the document introduced with it, unless it is short (a
/// family name relatives share); a title after an ordinal describes the person the sentence
/// named ("the first European Union leader to visit"); the Permanent Court of Arbitration.
final class FirstNamesAndCourtsTests: XCTestCase {
    func testAFirstNameAloneNamesThePersonTheDocumentIntroduced() {
        let text = "Thailand's acting Prime Minister Phumtham Wechayachai arrived. Phumtham met Cambodian Prime Minister Hun Manet."
        XCTAssertTrue(edges(text, date: "2025-07-28").contains("hun_manet met_with phumtham_wechayachai"))
    }

    func testAShortFirstWordNamesNoOneAlone() {
        let found = edges("Cambodian Prime Minister Hun Manet spoke. Hun Sen met Thai Prime Minister Phumtham Wechayachai.", date: "2025-07-28")
        XCTAssertEqual(found, ["hun_manet holds_role cambodia", "phumtham_wechayachai holds_role thailand"])
    }

    func testATitleAfterAnOrdinalDescribesThePersonNamed() {
        let text = "Hungarian Prime Minister Viktor Orban arrived in Tbilisi on Monday, becoming the first European Union leader to visit Georgia."
        let found = edges(text, date: "2024-11-18")
        XCTAssertTrue(found.contains("georgia met_with orban"), "\(found)")
        XCTAssertFalse(found.contains("european_union met_with georgia"))
    }

    func testThePermanentCourtOfArbitration() {
        let graph = sharedExtractor.extract(text: "رفضت الصين حكم محكمة التحكيم الدائمة.", document: "t.txt", date: "2025-08-12")
        XCTAssertEqual(graph.entity(id: "pca")?.kind, .organization)
    }
}
