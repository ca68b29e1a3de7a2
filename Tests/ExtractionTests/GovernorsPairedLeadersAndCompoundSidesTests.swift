import XCTest
@testable import Extraction

/// The head of a military administration is a governor whose name follows the place; offices
/// and holders listed on both sides of an agent phrase pair in order; a name glued by a hyphen to
/// a participle is no side of a "between" phrase; an event a gerund after "after" or "since"
/// holds is the subject's of the clause the gerund hangs on.
final class GovernorsPairedLeadersAndCompoundSidesTests: XCTestCase {
    func testTheHeadOfAMilitaryAdministrationIsNamedAfterThePlace() {
        XCTAssertEqual(personIDs(in: "قال رئيس الإدارة العسكرية لمنطقة خاركيف أوليغ سينيغوبوف إن الهجوم أسفر عن مقتل شخصين."),
                       ["aoligh_sinighobof"])
    }

    func testListedOfficesAndHoldersOfAnAgentPhrasePairInOrder() {
        let talks = edges("وعدلت الخطة محادثات جنيف بين الوفدين الأميركي والأوكراني برئاسة وزير الخارجية ماركو روبيو "
                          + "ورئيس مكتب الرئاسة الأوكرانية أندريه يرماك.")
        XCTAssertTrue(talks.contains("yermak holds_role ukraine"), "\(talks)")
        XCTAssertTrue(talks.contains("rubio holds_role united_states"), "\(talks)")
        XCTAssertFalse(talks.contains("rubio holds_role ukraine"), "\(talks)")
    }

    func testANameGluedToAParticipleIsNoSideOfABetweenPhrase() {
        let backed = edges("The mission was deployed in 2014 to observe a ceasefire between Kyiv and Moscow-backed forces.")
        XCTAssertFalse(backed.contains("russia cooperates_with ukraine"), "\(backed)")
        let plain = edges("The mission was deployed in 2014 to observe a ceasefire between Kyiv and Moscow.")
        XCTAssertTrue(plain.contains("russia cooperates_with ukraine"), "\(plain)")
    }

    func testAGerundHoldingTheEventGivesItToTheSubjectOfItsClause() {
        let launching = edges("The OSCE mission was shut down in 2022 after Russia blocked the extension of its mandate "
                              + "weeks after launching its invasion of Ukraine.")
        XCTAssertFalse(launching.contains("osce attacks ukraine"), "\(launching)")
        XCTAssertTrue(launching.contains("russia attacks ukraine"), "\(launching)")
        let since = edges("Moscow has annexed four regions since launching its invasion of Ukraine.")
        XCTAssertTrue(since.contains("russia attacks ukraine"), "\(since)")
        let his = edges("Putin has met Xi four times since launching his invasion of Ukraine.")
        XCTAssertTrue(his.contains("putin attacks ukraine"), "\(his)")
        XCTAssertFalse(his.contains("xi_jinping attacks ukraine"), "\(his)")
    }
}
