import XCTest
@testable import Extraction

/// Gatherings that bring the one a pronoun stands for together with others, governments named by
/// their leaders, "the company", foreign surnames before a verb's object, a second partner after a
/// repeated preposition, portfolios without a nisba, companies named in quotation marks after
/// their description, states counted among another's allies, heads of relative clauses after "a
/// member of", moves that drew criticism, and parties named with "of".
final class SummitPronounsRegimesAndCompaniesTests: XCTestCase {
    func testAGatheringVerbWithAnObjectPronounBringsItsReferentTogetherWithTheOthers() {
        XCTAssertEqual(edges("وحضر الرئيس القرغيزي صدير جاباروف قمة رباعية جمعته مع أردوغان وعلييف في أنقرة.", date: "2025-11-01"),
                       ["erdogan met_with ilham_aliyev", "erdogan met_with japarov", "ilham_aliyev met_with japarov", "japarov holds_role kyrgyzstan"])
        XCTAssertEqual(edges("وشاركت الرئيسة المولدوفية مايا ساندو في قمة جمعتها مع ماكرون.", date: "2025-11-01"),
                       ["france cooperates_with moldova", "macron met_with sandu", "sandu holds_role moldova"])
    }

    func testALeadersGovernmentOrAdministrationIsTheirState() {
        XCTAssertEqual(edges("Prime Minister Mark Carney's minority government criticised Beijing.", date: "2025-11-01"),
                       ["canada criticizes china", "carney holds_role canada"])
        XCTAssertEqual(edges("انتقدت إدارة ترامب الصين بشدة.", date: "2025-11-01"), ["united_states criticizes china"])
        XCTAssertEqual(edges("Prime Minister Mark Carney criticised Beijing.", date: "2025-11-01"), ["carney criticizes china", "carney holds_role canada"])
    }

    func testTheCompanyIsTheCompanyItsSentenceNamed() {
        XCTAssertEqual(edges("وقال رئيس شركة «روسنفت» إيغور سيتشين إن الشركة وقعت اتفاقا مع مؤسسة البترول الوطنية الصينية.", date: "2025-11-01"),
                       ["cnpc cooperates_with rosneft", "cnpc part_of china", "iighor_sitshin holds_role rosneft"])
        XCTAssertEqual(edges("Rosneft chief Igor Sechin said the company had signed a deal with CNPC.", date: "2025-11-01"),
                       ["cnpc cooperates_with rosneft", "igor_sechin holds_role rosneft"])
    }

    func testADefiniteWordAfterAForeignSurnameIsNoPartOfTheName() {
        XCTAssertEqual(entityKinds(in: "وصف وزير الرياضة الروسي ميخائيل ديغتياريف القرار بأنه ظالم."), ["mikhaiil_dightiarif person", "russia state"])
        XCTAssertEqual(entityKinds(in: "وقال رئيس الوزراء العراقي محمد شياع السوداني إن العراق يرفض ذلك."), ["al_sudani person", "iraq state"])
    }

    func testARepeatedPrepositionAfterASecondThingNamesASecondPartner() {
        XCTAssertEqual(edges("Warsaw agreed to buy Abrams tanks from the United States and K2 tanks from South Korea.", date: "2025-11-01"),
                       ["poland cooperates_with south_korea", "poland cooperates_with united_states"])
    }

    func testAPortfolioWithoutANisbaOpensTheNameAfterIt() {
        XCTAssertEqual(edges("ورافقه وزير الخارجية الأردني أيمن الصفدي، إلى جانب وزير الصناعة محمد القضاة.", date: "2025-11-01"),
                       ["mhmd_alqdaa holds_role jordan", "safadi holds_role jordan"])
    }

    func testAQuotedNameAfterACompanysDescriptionIsACompany() {
        XCTAssertEqual(entityKinds(in: "وأعلن مصرف الاستثمار الروسي الحكومي «فنيشإكونوم» توقيع اتفاق مع الصين."),
                       ["china state", "fnishikonom organization"])
    }

    func testAStateCountedAmongAnothersAlliesIsItsAlly() {
        XCTAssertEqual(edges("وترتبط أرمينيا بعلاقات مع روسيا وإيران، إذ تعد طهران من أقرب حلفائها في المنطقة.", date: "2025-11-01"),
                       ["armenia allied_with iran"])
        XCTAssertEqual(edges("وقال لافروف إن الولايات المتحدة وحلفاءها يواصلون عسكرة بولندا.", date: "2025-11-01"), [])
    }

    func testARelativeClauseAfterAMemberOfBlocsIsAboutTheMember() {
        XCTAssertEqual(edges("Hungary, a member of the European Union and NATO that borders Ukraine, has refused to send weapons.", date: "2025-11-01"),
                       ["hungary borders ukraine", "hungary member_of european_union", "hungary member_of nato"])
    }

    func testAMoveThatDrewCriticismIsTheMainSubjects() {
        XCTAssertEqual(edges("Georgia's parliament passed the law, in a move that drew criticism from the European Union.", date: "2025-11-01"),
                       ["european_union criticizes georgia", "georgia_parliament part_of georgia"])
    }

    func testAPartyNamedWithOfIsAnOrganisation() {
        XCTAssertEqual(entityKinds(in: "The vote was backed by the Alliance of Liberals and Democrats and by the Union of Greens and Farmers."),
                       ["alliance_of_liberals_and_democrats organization", "union_of_greens_and_farmers organization"])
    }
}
