import XCTest
@testable import Extraction

/// A joint event a speaker names after إن, negotiating, members "of which" with an adjective, a
/// negation carried through "to", and accession talks that name no partner.
final class SpokenPartnershipsNegotiationsAndAccessionTests: XCTestCase {
    func testAJointEventNounAfterInnaIsTheSpeakersSide() {
        XCTAssertEqual(edges("وقال رئيس الوزراء الكندي مارك كارني إن التعاون الاقتصادي مع المكسيك سيتعزز."),
                       ["carney holds_role canada", "canada cooperates_with mexico"])
    }

    func testAJointEventNounWithNoSpeakerHasNoSide() {
        XCTAssertEqual(edges("ويعد التعاون الاقتصادي مع المكسيك مهما للغاية."), [])
    }

    func testNegotiatingIsCooperation() {
        XCTAssertEqual(edges("Kenya is negotiating a security pact with Ethiopia."), ["ethiopia cooperates_with kenya"])
    }

    func testAMemberOfWhichWithAnAdjective() {
        XCTAssertEqual(edges("Canada is negotiating with ASEAN, of which Vietnam is the newest member."),
                       ["asean cooperates_with canada", "vietnam member_of asean"])
    }

    func testANegationCarriesThroughAnInfinitive() {
        XCTAssertEqual(edges("Serbia will not seek to open talks with Kosovo."), [])
    }

    func testAccessionTalksAreNoTalksBetweenTheCandidates() {
        XCTAssertEqual(edges("Serbia and Montenegro began accession talks in 2012."), [])
        XCTAssertEqual(edges("Ukraine began accession talks with the EU in June 2024."), ["european_union met_with ukraine"])
    }
}
