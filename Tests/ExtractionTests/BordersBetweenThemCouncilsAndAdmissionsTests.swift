import XCTest
@testable import Extraction

/// A border between the pair named before "بينهما", Haiti's transitional council, a nisba of a
/// common noun that names no state acting, a verbal noun after a preposition ending a name, and
/// a state's admission as a bloc's member.
final class BordersBetweenThemCouncilsAndAdmissionsTests: XCTestCase {
    func testABorderBetweenThemLiesBetweenThePairNamedBefore() {
        let text = "الدومينيكان وهايتي. وتتقاسم الدولتان جزيرة هيسبانيولا، وتمتد الحدود بينهما على نحو 390 كيلومترا."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["dominican_republic borders haiti"])
    }

    func testHaitisTransitionalCouncilCriticisesTheDoerOfADeed() {
        let text = "انتقد المجلس الرئاسي الانتقالي في هايتي عمليات الترحيل الجماعية التي تنفذها الدومينيكان."
        XCTAssertEqual(edges(text, date: "2025-11-01"),
                       ["haiti_transitional_council criticizes dominican_republic", "haiti_transitional_council part_of haiti"])
    }

    func testANisbaOfACommonNounDoesNotHideTheStorysStateFromABareTitle() {
        let text = "الدومينيكان تشدد إجراءاتها\n\nسانتو دومينغو - الجزيرة نت\n\n"
            + "أعلنت السلطات ترحيل مئات العمال الفنزويليين، في إطار حملة أطلقها الرئيس خوسيه ماركيز الشهر الماضي.\n"
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["khosih_markiz holds_role dominican_republic"])
    }

    func testAVerbalNounAfterAPrepositionEndsAName() {
        let graph = sharedExtractor.extract(text: "قال الرئيس خوسيه ماركيز لتنظيم الأمر إن الوضع مستقر.", document: "t", date: "2025-11-01")
        XCTAssertNotNil(graph.entity(id: "khosih_markiz"))
        XCTAssertNil(graph.entity(id: "khosih_markiz_ltnzim"))
    }

    func testAStatesAdmissionAsABlocsMemberIsMembership() {
        let text = "The leaders discussed the ASEAN chairmanship and welcomed Timor-Leste's admission as the bloc's 11th member last month."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["timor_leste member_of asean"])
    }
}
