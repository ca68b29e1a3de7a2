import XCTest
import EntityGraph
@testable import Extraction

/// The head of an English apposition acting through a verb after it, close ties, a joint event
/// discussed, member states given as examples, a rotating presidency, numbered blocs.
final class AppositionsAndPresidenciesTests: XCTestCase {
    func testAppositionBeforeAVerbPhraseGivesTheSubject() {
        XCTAssertEqual(edges("Poland, a member of the EU and NATO, has imposed new sanctions on Belarus."),
                       ["poland member_of european_union", "poland member_of nato", "poland sanctions belarus"])
        XCTAssertEqual(edges("Serbia, a long-time partner of China, has maintained close ties with Russia."),
                       ["china cooperates_with serbia", "russia cooperates_with serbia"])
    }

    func testCloseTiesAreCooperation() {
        XCTAssertEqual(edges("وقال الوزير إن فنلندا تربطها علاقات وثيقة بالسويد."), ["finland cooperates_with sweden"])
        XCTAssertEqual(edges("Vietnam has kept warm ties with Japan."), ["japan cooperates_with vietnam"])
    }

    func testDiscussingAJointEventTakesPartInIt() {
        XCTAssertEqual(edges("وبحثت المجر التعاون العسكري مع صربيا."), ["hungary cooperates_with serbia"])
        XCTAssertEqual(edges("وانتقدت ليتوانيا المناورات مع روسيا."), [])
    }

    func testMemberStatesGivenAsExamplesBelongToTheBlocNamedBefore() {
        XCTAssertEqual(edges("The EU said it would respond, and several member states, including Finland and Estonia, closed their borders."),
                       ["finland member_of european_union", "estonia member_of european_union"])
        XCTAssertEqual(edges("Several member states, including Finland and Estonia, closed their borders."), [])
    }

    func testRotatingPresidencyOfABlocIsMembership() {
        XCTAssertEqual(edges("Romania currently holds the rotating presidency of the Council of the EU."), ["romania member_of european_union"])
        XCTAssertEqual(edges("وتتولى بولندا الرئاسة الدورية للاتحاد الأوروبي حتى نهاية يونيو."), ["poland member_of european_union"])
    }

    func testNumberedBlocRefersToTheBlocNamedLast() {
        XCTAssertEqual(edges("Kallas spoke for the EU on Monday.\n\nThe 27-nation bloc imposed new sanctions on Belarus."),
                       ["european_union sanctions belarus"])
        XCTAssertEqual(edges("The CSTO met in Minsk. Armenia accused the bloc of failing it."), ["armenia criticizes csto"])
    }
}
