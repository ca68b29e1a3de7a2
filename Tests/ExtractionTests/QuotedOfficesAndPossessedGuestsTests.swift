import XCTest
import EntityGraph
@testable import Extraction

/// "مؤسسة" is an institution, not a founder's title; an office in quotation marks with its nisba
/// after the closing mark before the holder's name; a known person after a state's English
/// possessive is one actor with it, so that a list of guests lists people, not their states.
final class QuotedOfficesAndPossessedGuestsTests: XCTestCase {
    func testAQuotedOfficesNisbaAfterTheClosingMarkLeadsToTheHolder() {
        let found = edges("وقال رئيس شركة «غازبروم» الروسية أليكسي ميلر إن الإمدادات مستمرة.", date: "2025-11-01")
        XCTAssertEqual(found, ["aliksi_milr holds_role gazprom"])
    }

    func testAnInstitutionIsNoFoundersTitle() {
        let graph = sharedExtractor.extract(text: "ووقع الاتفاق رئيس مؤسسة «روساتوم» الروسية أليكسي ليخاتشوف.", document: "t.txt",
                                            date: "2025-11-01")
        XCTAssertEqual(graph.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }, ["likhachev holds_role rosatom"])
    }

    func testGuestsNamedAfterTheirStatesPossessivesAreThePeople() {
        let found = edges("Tokayev meets Uzbekistan's Mirziyoyev and Iran's Pezeshkian in Astana", date: "2025-11-01")
        XCTAssertEqual(found, ["mirziyoyev holds_role uzbekistan", "mirziyoyev met_with tokayev",
                               "pezeshkian holds_role iran", "pezeshkian met_with tokayev"])
    }
}
