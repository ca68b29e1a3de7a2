import XCTest
@testable import Extraction

/// Arabic arrivals as visits, meetings told as the purpose of a journey, the partner named
/// after a possessor's title, the head of a delegation holding its talks, and forces massed.
final class ArrivalsPurposesAndDelegationHeadsTests: XCTestCase {
    func testAnArrivalInACapitalIsAVisitOfItsState() {
        let found = edges("وصل الرئيس الكيني وليام روتو إلى أديس أبابا في زيارة رسمية.")
        XCTAssertTrue(found.contains("ethiopia met_with william_ruto"), "\(found)")
    }

    func testToMeetSomeoneAfterAJourneyIsTheTravellersMeeting() {
        let noun = edges("يتوجه الرئيس الكيني وليام روتو إلى أديس أبابا هذا الأسبوع للقاء رئيس الوزراء الإثيوبي آبي أحمد.")
        XCTAssertTrue(noun.contains("abiy_ahmed met_with william_ruto"), "\(noun)")
        let verb = edges("وصل ويتكوف إلى موسكو ليلتقي الرئيس الروسي فلاديمير بوتين.")
        XCTAssertTrue(verb.contains("putin met_with witkoff"), "\(verb)")
    }

    func testTheLastVisitNamingItsVisitorMeetsAfterWhere() {
        let found = edges("وصل البابا ليو الرابع عشر إلى تركيا. ويزور البابا مسجدا في إسطنبول، قبل أن يتوجه الأحد إلى بيروت حيث يلتقي الرئيس اللبناني جوزيف عون.")
        XCTAssertTrue(found.contains("joseph_aoun met_with pope_leo_xiv"), "\(found)")
    }

    func testTalksWithAPossessorsEnvoyAreWithTheEnvoy() {
        let found = edges("Putin discussed the plan in talks with Trump's envoy Steve Witkoff in Moscow.")
        XCTAssertTrue(found.contains("putin met_with witkoff"), "\(found)")
        XCTAssertFalse(found.contains("putin met_with trump"), "\(found)")
    }

    func testTheHeadOfADelegationHoldsItsTalks() {
        let found = edges("عقد وفد أوكراني برئاسة أمين مجلس الأمن القومي والدفاع رستم أوميروف، الأحد، محادثات مع وزير الخارجية الأميركي ماركو روبيو.")
        XCTAssertTrue(found.contains("rubio met_with umerov"), "\(found)")
    }

    func testForcesMassedInARegionAreDeployedThere() {
        let arabic = edges("تحشد روسيا قوات في منطقة بيلغورود.")
        XCTAssertTrue(arabic.contains("russia deploys_to belgorod"), "\(arabic)")
        let english = edges("Russia is massing troops in the Belgorod region.")
        XCTAssertTrue(english.contains("russia deploys_to belgorod"), "\(english)")
    }
}
