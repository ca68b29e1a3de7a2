import XCTest
import EntityGraph
@testable import Extraction

/// "قدّم" gives support only with what it gives (aid, weapons, loans), not an apology; Grozny,
/// Chechnya and Azerbaijan Airlines are known by their Arabic names; a verb ending its sentence
/// reads nothing past it; a phone call "بين" two parties is their meeting.
final class OfferedAidAndCaucasusPlacesTests: XCTestCase {
    func testOfferingAnApologyIsNoSupport() {
        let found = edges("قدّم الرئيس الروسي فلاديمير بوتين اعتذاره لنظيره الأذربيجاني إلهام علييف عن تحطم الطائرة.")
        XCTAssertFalse(found.contains { $0.contains(" supports ") }, "\(found)")
    }

    func testOfferingAidOrALoanIsSupport() {
        XCTAssertTrue(edges("وقالت الوزيرة إن ألمانيا قدمت مساعدات عسكرية لأوكرانيا.").contains("germany supports ukraine"))
        XCTAssertTrue(edges("وأعلنت ميلوني أن إيطاليا ستقدم لتونس قرضا بقيمة 50 مليون يورو.").contains("italy supports tunisia"))
    }

    func testGroznyChechnyaAndTheAirlineAreKnown() {
        let graph = sharedExtractor.extract(text: "أقلعت طائرة الخطوط الجوية الأذربيجانية من باكو متجهة إلى غروزني عاصمة الشيشان.", document: "t.txt", date: nil)
        XCTAssertNotNil(graph.entity(id: "grozny"))
        XCTAssertNotNil(graph.entity(id: "chechnya"))
        XCTAssertNotNil(graph.entity(id: "azerbaijan_airlines"))
    }

    func testSentencesEndingWithAVerbOfSharingOrAppointingReadNothing() {
        XCTAssertEqual(edges("وتعد ليتوانيا دولة صغيرة وتتقاسم"), [])
        XCTAssertEqual(edges("Lithuania is small and its president appointed"), [])
        XCTAssertEqual(edges("عيّن"), [])
    }

    func testAPhoneCallBetweenTwoNamedPeopleIsTheirMeeting() {
        XCTAssertTrue(edges("وجرى اتصال هاتفي بين الرئيسين بوتين وعلييف.").contains("ilham_aliyev met_with putin"))
        XCTAssertTrue(edges("وجرى اتصال هاتفي بين روسيا وأذربيجان.").contains("azerbaijan met_with russia"))
    }
}
