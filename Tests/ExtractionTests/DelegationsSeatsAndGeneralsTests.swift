import XCTest
import EntityGraph
@testable import Extraction

/// "The two delegations" are the last two states; Tel Aviv acting stands for Israel; a statement
/// another subject gave is no joint one; an Arabic "war criminal" is a criticism; "suspended X
/// from" reduces relations; a general's abbreviated rank before a hyphenated name names a person
/// whose surname is the whole hyphenated word; a war two states fought is each one's attack.
final class DelegationsSeatsAndGeneralsTests: XCTestCase {
    func testTheTwoDelegationsAreTheLastTwoStates() {
        let text = "GENEVA (Reuters) - The United States and Ukraine held talks in Geneva. National security advisers from Britain "
            + "also met the two delegations in the Swiss city."
        let found = edges(text, date: "2025-11-20")
        XCTAssertTrue(found.isSuperset(of: ["ukraine met_with united_kingdom", "united_kingdom met_with united_states"]), "\(found)")
    }

    func testTelAvivActingStandsForIsrael() {
        XCTAssertEqual(edges("وتأتي العملية بينما تجري دمشق وتل أبيب مفاوضات بوساطة أمريكية للتوصل إلى اتفاق أمني.", date: "2025-11-20"),
                       ["israel cooperates_with syria"])
    }

    func testAStatementAnotherSubjectGaveIsNoJointOne() {
        XCTAssertEqual(edges("وأدانت كل من قطر والسعودية والأردن الهجوم، وأكدت وزارة الخارجية القطرية في بيان تضامن قطر مع سوريا.",
                             date: "2025-11-20"), ["qatar_foreign_ministry part_of qatar", "qatar supports syria"])
    }

    func testCallingALeaderAWarCriminalCriticisesHim() {
        XCTAssertTrue(edges("وصف الرئيس رجب طيب أردوغان رئيس الوزراء الإسرائيلي بنيامين نتنياهو بأنه \"مجرم حرب\".", date: "2025-11-20")
            .contains("erdogan criticizes netanyahu"))
    }

    func testSuspendingAStateFromABlocReducesRelations() {
        XCTAssertEqual(edges("ECOWAS suspended Guinea-Bissau from all its decision-making bodies.", date: "2025-11-20"),
                       ["ecowas sanctions guinea_bissau"])
    }

    func testAGeneralsHyphenatedNameIsOnePerson() {
        let text = "BISSAU (AP) — Gen. Horta Inta-A said the army had taken power. He said a transition would last a year."
        let mentions = sharedExtractor.explain(text: text, document: "t.txt", date: "2025-11-20").sentences.map { $0.mentions.map(\.ids) }
        XCTAssertEqual(mentions, [[["horta_intaa"]], [["horta_intaa"]]])
    }

    func testAWarTwoStatesFoughtIsEachOnesAttack() {
        XCTAssertEqual(edges("Thailand and Cambodia fought a five-day border war in July.", date: "2025-11-20"),
                       ["thailand attacks cambodia", "cambodia attacks thailand"])
        XCTAssertEqual(edges("Ukraine's soldiers fought bravely.", date: "2025-11-20"), ["ukraine_army part_of ukraine"])
    }
}
