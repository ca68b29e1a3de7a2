import XCTest
import EntityGraph
@testable import Extraction

/// A company named after a state's possessive and two lower-case words is the object, not the
/// state; a relative clause after a place is no apposition placing it; "critics say" is no
/// criticism by the sentence's subject.
final class PossessedCompaniesAndRelativePlacesTests: XCTestCase {
    func testACompanyAfterAStatesPossessiveIsTheObject() {
        let found = edges("Washington imposed sanctions on Russia's oil producer Rosneft last week.")
        XCTAssertTrue(found.contains("united_states sanctions rosneft"), "\(found)")
        XCTAssertFalse(found.contains("united_states sanctions russia"), "\(found)")
    }

    func testCriticsSayingSomethingIsNoCriticismByTheSubject() {
        let found = edges("The European Union has frozen Serbia's accession talks over a law on \"foreign influence\" that critics say mirrors Russian legislation.")
        XCTAssertFalse(found.contains("european_union criticizes russia"), "\(found)")
    }

    func testARelativeClauseAfterAPlaceDoesNotPlaceIt() {
        let found = edges("Georgia has no ties with Moscow, which recognizes the breakaway regions of Abkhazia and South Ossetia.")
        XCTAssertFalse(found.contains { $0.hasPrefix("moscow located_in") }, "\(found)")
    }
}
