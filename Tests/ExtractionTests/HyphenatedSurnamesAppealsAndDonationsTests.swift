import XCTest
@testable import Extraction

/// Double-barrelled Arabic surnames, a continuer before a verb of going on, appeals to states,
/// phone calls, donations handed over, and a title the story already gave another holder of.
final class HyphenatedSurnamesAppealsAndDonationsTests: XCTestCase {
    func testAHyphenatedSurnameInAnotherSpellingNamesTheKnownHolder() {
        let text = "أعلنت النمسا طرد دبلوماسيين روسيين. وقالت وزيرة الخارجية بياته ماينل-رايزينغر إن بلادها لن تتسامح."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("meinl_reisinger holds_role austria"), "\(edges(text, date: "2025-11-01"))")
    }

    func testAHyphenatedSurnameAfterANisbaNamesTheKnownHolder() {
        let text = "وقالت وزيرة الخارجية النمساوية بياته ماينل-رايزينغر إن بلادها لن تتسامح."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["meinl_reisinger holds_role austria"])
    }

    func testAnUnknownHyphenatedSurnameStaysWhole() {
        let text = "وقال وزير الدفاع الفنلندي ماتي ساري-كوسكينن إن بلاده تدعم أوكرانيا."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["mati_sarikoskinn holds_role finland", "finland supports ukraine"])
    }

    func testAContinuerBeforeAVerbOfGoingOnKeepsTheComplementSubject() {
        let text = "أكد شتوكر أن بلاده ستبقى محايدة، لكنها ستواصل دعم أوكرانيا."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["austria supports ukraine"])
    }

    func testAnAppealToStatesIsARequestOfEach() {
        XCTAssertEqual(edges("Sri Lanka has appealed to neighbouring India and to Japan for help.", date: "2025-11-01"),
                       ["sri_lanka requests india", "sri_lanka requests japan", "india borders sri_lanka"])
    }

    func testAnAdjectiveOfNeighbourhoodIsNotWhatIsRequested() {
        let text = "Sri Lanka has appealed to neighbouring India for help."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("sri_lanka requests india"))
        XCTAssertNil(attribute("what", of: "sri_lanka requests india", in: text, date: "2025-11-01"))
    }

    func testSpeakingToSomeoneByPhoneIsAMeeting() {
        let text = "Indian Prime Minister Narendra Modi spoke to Sri Lankan President Anura Kumara Dissanayake by phone."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("dissanayake met_with modi"), "\(edges(text, date: "2025-11-01"))")
    }

    func testADonationHandedOverToALeaderSupportsTheirState() {
        let text = "Sri Lankan President Anura Kumara Dissanayake thanked donors. China's ambassador handed over a donation of 10 million yuan to President Anura Kumara Dissanayake."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("china supports sri_lanka"), "\(edges(text, date: "2025-11-01"))")
    }

    func testReliefDeliveredToAStateSupportsIt() {
        XCTAssertEqual(edges("India has delivered 50 tonnes of relief to Sri Lanka.", date: "2025-11-01"), ["india supports sri_lanka"])
    }

    func testATitleTheStoryGaveAnotherHolderNamesNoSecondHolder() {
        let text = "Sri Lanka thanked India. Prime Minister Narendra Modi pledged help. China handed over a donation to Prime Minister Harini Amarasuriya."
        XCTAssertNil(sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01").relation(source: "harini_amarasuriya", type: .holdsRole, target: "india"))
    }
}
