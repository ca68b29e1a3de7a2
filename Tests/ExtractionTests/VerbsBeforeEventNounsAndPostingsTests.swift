import XCTest
import EntityGraph
@testable import Extraction

/// An Arabic event noun right after its verb takes the subject written before the verb; an
/// English participle's "him" may stand for a person named after a preposition; a High
/// Representative's posting ("in Bosnia") leaves the name after it.
final class VerbsBeforeEventNounsAndPostingsTests: XCTestCase {
    func testAnEventNounRightAfterItsVerbTakesTheSubjectBeforeTheVerb() {
        XCTAssertTrue(edges("وأشارت إلى أن أستانا تقيم علاقات دبلوماسية كاملة مع إسرائيل.", date: "2025-11-07")
            .contains("israel cooperates_with kazakhstan"))
        let found = edges("وقالت روسيا إن الصين تقيم علاقات دبلوماسية كاملة مع إيران.", date: "2025-11-07")
        XCTAssertTrue(found.contains("china cooperates_with iran"), "\(found)")
        XCTAssertFalse(found.contains("iran cooperates_with russia"))
    }

    func testAParticiplesPronounMayStandForAPersonAfterAPreposition() {
        let text = "Bosnian Serb leader Milorad Dodik welcomed the decision. "
            + "Washington had imposed sanctions on Dodik in 2017, accusing him of undermining the peace accords."
        XCTAssertTrue(edges(text, date: "2025-10-29").contains("united_states criticizes milorad_dodik"))
    }

    func testAHighRepresentativesPostingLeavesTheNameAfterIt() {
        let found = edges("Russian Foreign Minister Sergei Lavrov has criticised the international community's High Representative in Bosnia, Christian Schmidt.",
                          date: "2025-10-29")
        XCTAssertTrue(found.contains("lavrov criticizes christian_schmidt"), "\(found)")
        XCTAssertFalse(found.contains("lavrov criticizes bosnia_and_herzegovina"))
    }
}
