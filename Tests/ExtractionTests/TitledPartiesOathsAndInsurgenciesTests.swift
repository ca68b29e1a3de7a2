import XCTest
@testable import Extraction

/// Arabic parties named right after a title with no nisba, co-chairs, imprisoned leaders,
/// insurgencies waged, English names sworn in, national vice presidents and judges, English
/// bodies opened by a state's name, party members set off by commas, and party leaders' allies.
final class TitledPartiesOathsAndInsurgenciesTests: XCTestCase {
    func testAPartyNamedAfterATitleWithoutANisba() {
        XCTAssertEqual(edges("قال رئيس حزب التجمع الوطني خالد العمري إن الانتخابات مزورة."),
                       ["khald_alamri holds_role hzb_altjma_alotni"])
        XCTAssertEqual(edges("وقال المتحدث باسم حزب النهضة الحاكم سعيد الفارسي إن الحكومة ستستقيل."),
                       ["said_alfarsi holds_role hzb_alnhda"])
        XCTAssertEqual(edges("قال الأمين العام لحزب العدالة والمساواة أحمد سليمان إن الحزب سيقاطع."),
                       ["ahmd_sliman holds_role hzb_aladala_oalmsaoaa"])
        XCTAssertEqual(entityKinds(in: "قالت الحكومة إن حزب التجمع الوطني خسر الانتخابات."), [], "no title: no name")
    }

    func testACoChairOfAPartyWithAConstructInItsName() {
        let text = "وقالت الرئيسة المشاركة لحزب الخضر وديمقراطية الشعوب ليلى أوزتورك إن الحوار مستمر."
        XCTAssertEqual(edges(text), ["lila_aoztork holds_role hzb_alkhdr_odimqratia_alshaob"])
        XCTAssertEqual(attribute("role", of: "lila_aoztork holds_role hzb_alkhdr_odimqratia_alshaob", in: text), "co_chair")
    }

    func testAnImprisonedLeaderOfAGroupNamedBefore() {
        let text = "تأسست جماعة الإخوان المسلمين عام 1928. وجدد زعيم الجماعة المسجون محمد بديع دعوته إلى الحوار."
        XCTAssertEqual(edges(text), ["mhmd_bdia holds_role muslim_brotherhood"])
    }

    func testAnInsurgencyWagedAgainstAStateIsAnAttack() {
        XCTAssertEqual(edges("The PKK has waged an insurgency against Turkey since 1984."), ["pkk attacks turkey"])
        XCTAssertTrue(edges("وتخوض حركة الشباب تمرداً مسلحاً ضد الحكومة الصومالية منذ 2006.").contains("al_shabaab attacks somalia"))
    }

    func testANameSwornInIsAPersonAndAnAppositionBeforeTheOath() {
        XCTAssertTrue(edges("Peter Obi was sworn in as Nigeria's president on Monday.").contains("peter_obi holds_role nigeria"))
        let deputy = "Seychelles held a runoff. Sebastien Pillay, a former minister, was sworn in as vice president."
        XCTAssertEqual(edges(deputy), ["sebastien_pillay holds_role seychelles"])
    }

    func testAChiefJusticeServesTheStoryState() {
        XCTAssertEqual(offices(ofRole: "judge", in: "Malawi held elections. Chief Justice Rizine Mzikamanda administered the oath."), ["malawi"])
    }

    func testBodiesOpenedByAStatesNameAreNoPartOfAnotherBody() {
        let found = edges("Voters backed the Zambia Electoral Commission and the Malawi Congress Party.")
        XCTAssertEqual(found, ["malawi_congress_party part_of malawi", "zambia_electoral_commission part_of zambia"])
        XCTAssertEqual(edges("Lazarus Chakwera, of the Malawi Congress Party, conceded defeat."),
                       ["lazarus_chakwera member_of malawi_congress_party", "malawi_congress_party part_of malawi"])
        XCTAssertEqual(entityKinds(in: "Mutharika beat incumbent Lazarus Chakwera in the vote."), ["lazarus_chakwera person"])
    }

    func testAPartyLeadersAllyIsAPersonsAlly() {
        let text = "وكان زعيم حزب الحركة القومية دولت بهتشلي، حليف الرئيس رجب طيب أردوغان، قد أطلق المبادرة."
        let found = edges(text)
        XCTAssertTrue(found.contains("dolt_bhtshli allied_with erdogan"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("allied_with turkey") }, "\(found)")
    }
}
