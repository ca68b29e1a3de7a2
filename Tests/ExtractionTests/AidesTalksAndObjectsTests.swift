import XCTest
@testable import Extraction

/// Aides as advisers, known people written with given names the lexicon lacks, talks announced in
/// reported speech, and objects of another preposition that are not asked.
final class AidesTalksAndObjectsTests: XCTestCase {
    func testAnAideHoldsAnAdvisersRoleNotHisPrincipals() {
        XCTAssertEqual(edges("وقال مساعد الرئيس الأوكراني ميخايلو بودولياك إن كييف لن تتنازل."), ["podolyak holds_role ukraine"])
        XCTAssertEqual(attribute("role", of: "podolyak holds_role ukraine", in: "وقال مساعد الرئيس الأوكراني ميخايلو بودولياك إن كييف لن تتنازل."),
                       "adviser")
    }

    func testTwoUnknownGivenNamesBeforeAKnownSurname() {
        XCTAssertEqual(edges("وصل الرئيس الأوزبكي شوكت ميرومونوفيتش ميرضيائيف إلى موسكو."), ["mirziyoyev holds_role uzbekistan"])
    }

    func testTalksAnnouncedInReportedSpeechAreThoseOfThePersonNamedAfterThat() {
        XCTAssertEqual(edges("وأعلن الكرملين أن أردوغان سيعقد محادثات مع بوتين في سوتشي."), ["erdogan met_with putin"])
        XCTAssertEqual(attribute("modality", of: "erdogan met_with putin", in: "وأعلن الكرملين أن أردوغان سيعقد محادثات مع بوتين في سوتشي."),
                       "planned")
        XCTAssertNil(attribute("modality", of: "putin met_with erdogan", in: "وقال الوزير إن بوتين أجرى محادثات مع أردوغان."))
    }

    func testAnActorAfterAnotherPrepositionIsNotAsked() {
        XCTAssertEqual(edges("Azerbaijan sought closer ties with Turkey and Pakistan."), [])
        XCTAssertEqual(edges("Armenia asked France and India for weapons."), ["armenia requests france", "armenia requests india"])
    }
}
