import XCTest
@testable import Extraction

/// "The bloc" for a union named only in a title, support as an English infinitive, the holder
/// named after a possessive as the sentence's subject, and "the three NATO members".
final class BlocsAndPossessorsTests: XCTestCase {
    func testTheBlocIsTheUnionNamedInATitle() {
        let text = "EU foreign policy chief Kaja Kallas said the bloc would continue to support Moldova."
        XCTAssertTrue(edges(text, date: "2025-03-01").contains("european_union supports moldova"), "\(edges(text, date: "2025-03-01"))")
        XCTAssertFalse(edges(text, date: "2025-03-01").contains("kallas supports moldova"))
    }

    func testTheHolderAfterAPossessiveIsTheSubject() {
        let text = "Putin's spokesman, Dmitry Peskov, said the talks were useful and accused Kyiv of delays."
        XCTAssertTrue(edges(text, date: "2025-03-01").contains("peskov criticizes ukraine"), "\(edges(text, date: "2025-03-01"))")
        XCTAssertFalse(edges(text, date: "2025-03-01").contains("putin criticizes ukraine"))
    }

    func testTheThreeNatoMembers() {
        let text = "Lithuania, Latvia and Estonia met in Riga. The three NATO members will mine their borders with Russia."
        XCTAssertTrue(edges(text).isSuperset(of: ["lithuania borders russia", "latvia borders russia", "estonia borders russia"]), "\(edges(text))")
    }
}
