import XCTest
@testable import Extraction

/// Talks held in a named capital with a partner after it, founding members, mockery, joining
/// opposed by a state's circles, the Commission's side, and the country of a reported clause.
final class PlacedTalksFoundingMembersAndReportedCountriesTests: XCTestCase {
    func testTalksHeldInANamedCapitalReachThePartnerAfterIt() {
        let text = "أجرت فون دير لاين، الخميس، محادثات في العاصمة الدنماركية كوبنهاغن مع رئيسة الوزراء ميته فريدريكسن، تناولت الأمن."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("frederiksen met_with von_der_leyen"), "\(edges(text, date: "2025-11-01"))")
    }

    func testAFoundingMemberIsAMember() {
        XCTAssertEqual(edges("وآيسلندا عضو مؤسس في حلف شمال الأطلسي (الناتو)، لكنها لا تملك جيشا.", date: "2025-11-01"),
                       ["iceland member_of nato"])
    }

    func testMockingAStateCriticisesIt() {
        XCTAssertTrue(edges("Trump mocked Lesotho in a speech to Congress in March.", date: "2025-11-01").contains("trump criticizes lesotho"))
    }

    func testJoiningOpposedByCirclesInAStateIsNoPlanOfTheState() {
        XCTAssertEqual(edges("وتعارض أوساط الصيد في آيسلندا الانضمام إلى الاتحاد الأوروبي خشية فقدان السيطرة على الثروة السمكية.",
                             date: "2025-11-01"), [])
    }

    func testTheCommissionsPresidentMeetsForTheUnionAsASide() {
        let text = "أجرت رئيسة المفوضية الأوروبية أورسولا فون دير لاين محادثات مع رئيسة الوزراء الآيسلندية كريسترون فروستادوتير. "
            + "ووقع الجانبان إعلانا مشتركا للتعاون في مجال الدفاع."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("european_union cooperates_with iceland"), "\(found)")
        XCTAssertFalse(found.contains("european_commission cooperates_with iceland"), "\(found)")
    }

    func testAPurposeInAReportedClauseIsItsOwnSubjects() {
        let text = "Trade Minister Mokhethi Shelile said a Lesotho delegation had travelled to Washington to ask the U.S. administration to lower the tariff."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("lesotho requests united_states"), "\(found)")
        XCTAssertFalse(found.contains("mokhethi_shelile requests united_states"), "\(found)")
    }

    func testTheCountryOfAReportedClauseIsTheSpeakers() {
        let text = "Lesotho imposed a ban. Minister Mokhethi Shelile said the country was seeking new markets in China."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("lesotho requests china"), "\(edges(text, date: "2025-11-01"))")
    }
}
