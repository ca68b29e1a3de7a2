import XCTest
import EntityGraph
@testable import Extraction

/// Participants of a meeting, lists joined by "إلى جانب" / "as well as", deeds claimed by a group,
/// epithets after a ruler's name, concern as criticism, "and" after a closed relative clause,
/// things said "in a phone call", "their state border".
final class ParticipantsCallsAndEpithetsTests: XCTestCase {
    func testThePeopleWhoTookPartInAMeetingMetEachOther() {
        let found = edges("وشارك في الاجتماع وزير الخارجية التركي هاكان فيدان، ونظيره العراقي فؤاد حسين، إلى جانب وزير الخارجية الأردني أيمن الصفدي.")
        XCTAssertTrue(found.isSuperset(of: ["fidan met_with fuad_hussein", "fidan met_with safadi", "fuad_hussein met_with safadi"]), "\(found)")
        XCTAssertTrue(edges("Secretary of State Marco Rubio and Saudi Foreign Minister Prince Faisal bin Farhan attended the meeting.")
            .contains("faisal_bin_farhan met_with rubio"))
    }

    func testAJoiningPhraseContinuesAListButAloneAsDoesNot() {
        XCTAssertTrue(edges("Poland, as well as Lithuania, closed its border with Belarus.").isSuperset(of: ["lithuania sanctions belarus", "poland sanctions belarus"]))
        let found = edges("Hungary holds up new EU sanctions on Russia as Kallas warns of a dangerous precedent.")
        XCTAssertFalse(found.contains { $0.hasSuffix("sanctions kallas") }, "\(found)")
    }

    func testADeedClaimedByAGroupInQuotes() {
        XCTAssertTrue(edges("وجاء الاجتماع بعد أيام من هجوم تبناه \"داعش\" على حاجز للجيش السوري.").contains("isis attacks syria"))
    }

    func testAnEpithetAfterARulersNameAndTheSultansTitle() {
        let found = edges("استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم، اليوم، فخامة الرئيس مسعود بزشكيان بقصر العلم.")
        XCTAssertTrue(found.isSuperset(of: ["haitham_bin_tariq holds_role oman", "haitham_bin_tariq met_with pezeshkian"]), "\(found)")
    }

    func testRaisingConcernsOverADoerCriticisesIt() {
        XCTAssertTrue(edges("Takaichi raised concerns over China's military activities near the islands.").contains("takaichi criticizes china"))
    }

    func testAndAfterAClosedRelativeClauseGoesOnWithTheMainSubject() {
        let found = edges("Lithuania closed its border with Belarus, which is a Russian ally, and urged Poland to follow.")
        XCTAssertTrue(found.contains("lithuania requests poland"), "\(found)")
        XCTAssertFalse(found.contains("belarus requests poland"), "\(found)")
    }

    func testWhatIsSaidInAPhoneCallIsAMeeting() {
        XCTAssertTrue(edges("Iranian President Masoud Pezeshkian told Pashinyan in a phone call that Tehran would not accept changes.")
            .contains("pashinyan met_with pezeshkian"))
        let found = edges("Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon.\n"
            + "Russian President Vladimir Putin, whose country maintains bases in both states, congratulated the two leaders in a phone call.")
        XCTAssertTrue(found.isSuperset(of: ["japarov met_with putin", "putin met_with rahmon"]), "\(found)")
    }

    func testATreatyOnTheirStateBorder() {
        XCTAssertTrue(edges("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon have signed a treaty on their state border.")
            .contains("kyrgyzstan borders tajikistan"))
    }
}
