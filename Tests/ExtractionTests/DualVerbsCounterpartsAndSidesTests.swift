import XCTest
import EntityGraph
@testable import Extraction

/// Dual Arabic verbs of discussion, counterparts named with a nisba before the noun or in the
/// plural, the sides of a meeting with someone who speaks for no state, blocs holding a summit,
/// and a goal of joining.
final class DualVerbsCounterpartsAndSidesTests: XCTestCase {
    func testADualVerbOfDiscussionAfterTheTwoLeadersIsTheirMeeting() {
        let text = "وصل الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان إلى كوبنهاغن. "
            + "وقالت الرئاسة الأذربيجانية إن الزعيمين ناقشا تنفيذ اتفاق السلام."
        XCTAssertTrue(edges(text).contains("ilham_aliyev met_with pashinyan"), "\(edges(text))")
        XCTAssertTrue(edges("وقالت الوزارة إن مصر وروسيا بحثتا تسريع العمل في المحطة.").contains("egypt met_with russia"))
    }

    func testAnOpeningSubjectAndHisCounterpartWithANisbaMeet() {
        let found = edges("Estonian Prime Minister Kristen Michal and his Finnish counterpart Petteri Orpo on Friday asked NATO to expand its mission.")
        XCTAssertTrue(found.contains("michal met_with orpo"), "\(found)")
    }

    func testTheHostsCounterpartNamedAfterAnotherGuestMeetsNoOtherGuest() {
        let found = edges("Putin held talks with Tajik President Emomali Rahmon and his Azerbaijani counterpart Ilham Aliyev.")
        XCTAssertFalse(found.contains("ilham_aliyev met_with rahmon"), "\(found)")
    }

    func testTheTwoSidesAfterAMeetingWithSomeoneOfNoStateAreThoseWhoMet() {
        let text = "استقبل الرئيس الروسي فلاديمير بوتين رئيس جمهورية صربسكا ميلوراد دوديك في الكرملين. "
            + "وفرضت الولايات المتحدة عقوبات على دوديك منذ عام 2017. وقال بيسكوف إن الجانبين بحثا مشاريع الطاقة."
        let found = edges(text)
        XCTAssertTrue(found.contains("milorad_dodik met_with putin"), "\(found)")
        XCTAssertFalse(found.contains("russia met_with united_states"), "\(found)")
    }

    func testABlocQuotedAfterASummitNounHoldsTheSummitAndMeetsNoOne() {
        let found = edges("التقى الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان في كوبنهاغن، على هامش قمة "
            + "\"المجموعة السياسية الأوروبية\" التي استضافتها رئيسة الوزراء الدنماركية ميته فريدريكسن.")
        XCTAssertTrue(found.contains("ilham_aliyev met_with pashinyan"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("european_political_community met_with") || $0.hasSuffix("met_with european_political_community") },
                       "\(found)")
    }

    func testPluralCounterpartsHoldTheHostsRoleInTheStatesOfTheirNisbas() {
        let text = "Turkish Foreign Minister Hakan Fidan hosted his Azerbaijani and Georgian counterparts, Jeyhun Bayramov and Maka Botchorishvili, in Kars."
        XCTAssertEqual(attribute("role", of: "maka_botchorishvili holds_role georgia", in: text), "foreign_minister")
        XCTAssertTrue(edges(text).isSuperset(of: ["bayramov holds_role azerbaijan", "bayramov met_with fidan", "fidan met_with maka_botchorishvili"]),
                      "\(edges(text))")
        XCTAssertFalse(edges("Fidan met his Azerbaijani counterparts in Kars.").contains { $0.contains("holds_role azerbaijan") && !$0.hasPrefix("bayramov") })
    }

    func testAGoalOfJoiningABlocIsARequest() {
        let found = edges("Botchorishvili said Georgia remained committed to its goal of joining the European Union.")
        XCTAssertTrue(found.contains("georgia requests european_union") && !found.contains("georgia member_of european_union"), "\(found)")
    }

    func testFicoIsAlsoWrittenWithTs() {
        let found = edges("استقبل الرئيس الروسي فلاديمير بوتين رئيس الوزراء السلوفاكي روبرت فيتسو في الكرملين.")
        XCTAssertTrue(found.isSuperset(of: ["fico holds_role slovakia", "fico met_with putin"]), "\(found)")
    }
}
