import XCTest
@testable import Extraction

/// Portfolios between a nisba and an English title, officials named after their title, Arabic
/// names written with "al-", places that are no party, conjoined verbs that end an object's
/// reach, sharing a task with another state, and troops sent in addition.
final class PortfoliosOfficialsAndClausesTests: XCTestCase {
    func testAPortfolioMayStandBetweenTheNisbaAndTheTitle() {
        let found = edges("Ukrainian Digital Transformation Minister Mykhailo Fedorov visited Warsaw.")
        XCTAssertTrue(found.contains("mykhailo_fedorov holds_role ukraine"), "\(found)")
    }

    func testAnOfficialNamedAfterTheTitleHoldsIt() {
        XCTAssertTrue(edges("Senior Hamas official Osama Hamdan said the talks had stalled.").contains("osama_hamdan holds_role hamas"))
        let withArticle = edges("Senior Hamas official Basem al-Naim said the talks had stalled.")
        XCTAssertTrue(withArticle.contains { $0.hasPrefix("basem_al") && $0.hasSuffix("holds_role hamas") }, "\(withArticle)")
    }

    func testAPlaceIsNoPartyOfTalks() {
        XCTAssertEqual(edges("Gaza truce talks stalled as Israel weighs a response."), [])
    }

    func testAConjoinedSpeechVerbEndsTheReachOfTheVerbBefore() {
        let found = edges("ماكرون يستقبل ضيفه في الإليزيه ويؤكد دعم فرنسا للجيش الأوكراني")
        XCTAssertFalse(found.contains("macron met_with ukraine"), "\(found)")
        XCTAssertTrue(found.contains("france supports ukraine"), "\(found)")
    }

    func testSharingATaskWithAStateIsCooperation() {
        XCTAssertEqual(edges("وتشارك بريطانيا مع فرنسا في قيادة التحالف."), ["france cooperates_with united_kingdom"])
    }

    func testAdditionalTroopsSentAreADeployment() {
        XCTAssertTrue(edges("Germany will send additional troops to Lithuania.").contains("germany deploys_to lithuania"))
    }
}
