import XCTest
import EntityGraph
@testable import Extraction

/// A time clause's dropped subject past places named as objects, a network's anaphor, an
/// executive director's title and forming an alliance.
final class SiegesNetworksAndDirectorsTests: XCTestCase {
    func testPlacesNamedBeforeATimeClauseLeaveTheMainSubjectAsItsSubject() {
        XCTAssertEqual(edges("ويهاجم الدعم السريع مدينتي نيالا وكادقلي، بعد أن سيطر على مدينة الفاشر."),
                       ["rsf attacks el_fasher", "rsf attacks kadugli", "rsf attacks nyala"])
        XCTAssertEqual(edges("ويحاصر الدعم السريع مدينتي كادوقلي والدلنج منذ أشهر."), ["rsf attacks dilling", "rsf attacks kadugli"])
    }

    func testTheNetworkIsTheNetworkNamedBefore() {
        XCTAssertEqual(edges("أعلنت شبكة أطباء السودان مقتل 30 شخصا. وحملت الشبكة قوات الدعم السريع مسؤولية الهجوم."),
                       ["sudan_doctors_network criticizes rsf"])
        XCTAssertEqual(edges("وحملت الشبكة قوات الدعم السريع مسؤولية الهجوم."), [])
    }

    func testAnExecutiveDirectorHeadsTheBody() {
        XCTAssertEqual(offices(ofRole: "head", in: "وقالت المديرة التنفيذية لليونيسف كاثرين راسل إن الوضع خطير."), ["unicef"])
    }

    func testTwoSidesFormingAnAllianceAreAllies() {
        XCTAssertEqual(edges("وكانت قوات الدعم السريع والحركة الشعبية لتحرير السودان-شمال قد شكلتا تحالفا في فبراير."), ["rsf allied_with splm_n"])
        XCTAssertEqual(edges("The RSF and the SPLM-N formed an alliance in February."), ["rsf allied_with splm_n"])
    }
}
