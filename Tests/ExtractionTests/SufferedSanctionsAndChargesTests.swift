import XCTest
import EntityGraph
@testable import Extraction

/// Sanctions suffered by the one a participle describes, "بتهم" ending a name, and South Sudan's
/// and Kyrgyzstan's names in the lexicon.
final class SufferedSanctionsAndChargesTests: XCTestCase {
    func testAParticipleSuffersSanctionsForTheActorBeforeIt() {
        XCTAssertEqual(edges("وكان لافروف، الخاضع لعقوبات أميركية منذ عام 2022، قد زار أنقرة."),
                       ["lavrov met_with turkey", "united_states sanctions lavrov"])
    }

    func testChargesEndAName() {
        XCTAssertEqual(entityKinds(in: "ويحاكم الوزير السابق جون ماكوي بتهم الفساد."), ["jon_makoi person"])
    }

    func testSouthSudansLeadersAndKyrgyzstansParliament() {
        XCTAssertEqual(entityKinds(in: "أقال سلفاكير نائبه بنجامين بول ميل."), ["benjamin_bol_mel person", "salva_kiir person"])
        XCTAssertEqual(entityKinds(in: "Loyal candidates were expected to win most seats in the Jogorku Kenesh."), ["jogorku_kenesh organization"])
    }
}
