import XCTest
import EntityGraph
@testable import Extraction

/// A state's bodies named by their noun ("the Police and Border Guard Board", "Ukraine's Security
/// Service"), Arabic parties closed by their state's nisba, names cut before a possessed plural,
/// object pronouns after "فيما", a second partner after "and with", the head of ", which
/// borders", "the two countries" after "his country" and the Trump Route.
final class StateBodiesPartiesAndClausePronounsTests: XCTestCase {
    func testBodyWordsNameABodyBeforeItsNoun() {
        XCTAssertEqual(entityKinds(in: "The Police and Border Guard Board said seven armed men had been seen near Estonia's border."),
                       ["estonia state", "police_and_border_guard_board organization"])
    }

    func testABodyAfterItsStatesNisbaIsPartOfIt() {
        XCTAssertEqual(edges("The Lithuanian State Border Guard Service said the Belarusian border guard had not explained the reason."),
                       ["state_border_guard_service part_of lithuania", "belarus_border_guard part_of belarus"])
    }

    func testAStatesBodyActsForIt() {
        XCTAssertEqual(edges("Ukraine's Security Service said it had struck Russian airfields."),
                       ["security_service part_of ukraine", "ukraine attacks russia"])
    }

    func testAnArabicPartyClosedByItsStatesNisba() {
        XCTAssertEqual(edges("واتهم نواب من حزب الشعب المنغولي الحاكم رئيس الوزراء بالفساد."), ["hzb_alshab_almngholi part_of mongolia"])
        XCTAssertEqual(entityKinds(in: "قال حزب المعارضة الرئيسي إن الانتخابات مزورة."), [])
    }

    func testAPossessedPluralEndsNoName() {
        XCTAssertEqual(entityKinds(in: "واتهم النواب رئيس الحكومة المنغولي بتجاوز صلاحياته في تعيين الوزراء."), ["mongolia state"])
    }

    func testAVerbWithAnObjectPronounAfterFimaOpensAClause() {
        XCTAssertEqual(edges("وقال لافروف إن القرار غير قانوني، فيما انتقده أردوغان."), ["erdogan criticizes lavrov"])
    }

    func testASecondPartnerAfterAndWithPastARelativeClause() {
        XCTAssertEqual(edges("Putin held talks with Pezeshkian, who arrived on Thursday, and with Erdogan."),
                       ["pezeshkian met_with putin", "erdogan met_with putin"])
    }

    func testWhichBordersDescribesThePlaceBeforeItsNoun() {
        XCTAssertEqual(edges("The new road crosses Syunik, linking mainland Azerbaijan with its Nakhchivan exclave, which borders Turkey and Iran."),
                       ["nakhchivan located_in azerbaijan", "nakhchivan borders turkey", "iran borders nakhchivan"])
    }

    func testTheTwoCountriesAfterHisCountryIncludeIt() {
        XCTAssertEqual(edges("أعلن الرئيس الأذربيجاني إلهام علييف رفع القيود عن البضائع المتجهة إلى أرمينيا عبر أراضي بلاده منذ توقيع اتفاق السلام بين البلدين في أغسطس الماضي."),
                       ["ilham_aliyev holds_role azerbaijan", "armenia cooperates_with azerbaijan"])
    }

    func testTheTrumpRouteIsAPlaceNotTrump() {
        XCTAssertEqual(edges("وانتقدت موسكو مشروع \"طريق ترامب للسلام والازدهار الدولي\" الذي سيربط أذربيجان بجيب نخجوان."),
                       ["russia criticizes trump_route"])
    }
}
