import XCTest
@testable import Extraction

/// An agreement criticised by its noun, aid paused, and concerns raised with a state.
final class CriticisedAgreementsAndPausedAidTests: XCTestCase {
    func testACriticisedAgreementIsCriticismOfAllItsParties() {
        let text = "وقعت كرواتيا وألبانيا وكوسوفو إعلانا مشتركا للتعاون العسكري. وندد الرئيس الصربي ألكسندر فوتشيتش بالإعلان."
        XCTAssertTrue(edges(text, date: "2025-11-01").isSuperset(of: ["vucic criticizes croatia", "vucic criticizes albania", "vucic criticizes kosovo"]),
                      "\(edges(text, date: "2025-11-01"))")
    }

    func testPausedAidIsASanction() {
        XCTAssertEqual(edges("New Zealand paused its development aid to Kiribati in May.", date: "2025-11-01"), ["new_zealand sanctions kiribati"])
    }

    func testConcernsRaisedWithAStateCriticiseIt() {
        XCTAssertEqual(edges("Canberra had raised concerns with Kiribati about the arrangement.", date: "2025-11-01"), ["australia criticizes kiribati"])
    }
}
