import XCTest
import EntityGraph
@testable import Extraction

/// A meeting, summit or call named with its sides after "between" / "بين".
final class MeetingsBetweenTests: XCTestCase {
    func testTheMeetingBetweenTwoPeopleIsTheirMeeting() {
        let english = edges("The meeting between Putin and Orban lasted two hours.")
        XCTAssertTrue(english.contains("orban met_with putin"), "\(english)")
        let arabic = edges("وجاء اللقاء بين الرئيس الروسي فلاديمير بوتين ورئيس الوزراء المجري فيكتور أوربان في موسكو.")
        XCTAssertTrue(arabic.contains("orban met_with putin"), "\(arabic)")
    }

    func testASummitBetweenAStateAndABlocIsTheirMeeting() {
        let found = edges("عقد الرئيس المصري عبد الفتاح السيسي في بروكسل أول قمة بين مصر والاتحاد الأوروبي.")
        XCTAssertTrue(found.contains("egypt met_with european_union"), "\(found)")
    }

    func testAMeetingOfferedIsNoMeeting() {
        let found = edges("Turkey is ready to host a meeting between Putin and Zelenskiy.")
        XCTAssertFalse(found.contains { $0.contains("met_with") }, "\(found)")
    }
}
