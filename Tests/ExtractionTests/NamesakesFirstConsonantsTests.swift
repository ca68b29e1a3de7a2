import XCTest
@testable import Extraction

/// A given name before a known surname is the known person's only when its first consonant can
/// spell theirs too.
final class NamesakesFirstConsonantsTests: XCTestCase {
    func testAnotherGivenNameOpeningWithAVowelIsANamesake() {
        XCTAssertEqual(entityKinds(in: "Police detained Yevgeny Belousov, who heads the agency's office."), ["yevgeny_belousov person"])
    }

    func testASpellingOfTheGivenNameIsStillThePerson() {
        XCTAssertEqual(entityKinds(in: "Wladimir Putin said the talks would go on."), ["putin person"])
        XCTAssertTrue(Namesakes.mayBeSpelling("Georgiy", of: "Heorhiy"))
        XCTAssertTrue(Namesakes.mayBeSpelling("Alexander", of: "Oleksandr"))
        XCTAssertFalse(Namesakes.mayBeSpelling("Andrei", of: "Yevgeny"))
    }
}
