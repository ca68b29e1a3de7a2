import XCTest
import EntityGraph
@testable import Extraction

/// "مؤسسة" is an institution, not a founder's title; an office in quotation marks with its nisba
/// after the closing mark before the holder's name; a known person after a state's English
/// possessive is one actor with it, so that a list of guests lists people, not their states; a
/// number word ends a name ("... بوبيسكو خمس سنوات"); describing words between a person's
/// possessive and their party ("Orban's ruling nationalist Fidesz party").
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

    func testANumberAfterAnUnknownNameIsNoPartOfIt() {
        let graph = sharedExtractor.extract(text: "قضت محكمة مولدوفية بسجن رئيسة الوزراء المولدوفية إيلينا بوبيسكو خمس سنوات.", document: "t.txt",
                                            date: "2025-11-01")
        XCTAssertEqual(graph.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }, ["iilina_bobisko holds_role moldova"])
    }

    func testDescribingWordsMayStandBetweenAPossessiveAndItsParty() {
        XCTAssertEqual(edges("Orban's ruling nationalist Fidesz party won the vote.", date: "2025-11-01"),
                       ["orban holds_role fidesz", "orban member_of fidesz"])
    }
}
