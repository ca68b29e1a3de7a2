import XCTest
@testable import Extraction

/// Who holds a joint event: bodies of two states named with one institution word, English
/// relative clauses, places that are where it happens and not a partner; numbers with digit
/// groups; hosting another state's forces; a body named with "في" / "in" and its state.
final class JointEventsTests: XCTestCase {
    func testTwoNisbasWithOneInstitutionWordNameTwoBodies() {
        XCTAssertEqual(edges("وبدأت القوات الصينية والباكستانية مناورات مشتركة في بحر العرب."),
                       ["china_army part_of china", "pakistan_army part_of pakistan", "china cooperates_with pakistan"])
        XCTAssertEqual(edges("Lithuanian and Polish troops began joint military exercises on Tuesday."),
                       ["lithuania_army part_of lithuania", "poland_army part_of poland", "lithuania cooperates_with poland"])
    }

    func testTheArticleStaysWithTheWordWhenTwoReadingsMatch() {
        XCTAssertEqual(edges("وأجرت القوات الروسية والبيلاروسية تدريبات قرب بريست."),
                       ["russia_army part_of russia", "belarus_army part_of belarus", "belarus cooperates_with russia"])
    }

    func testTheSubjectsOfAnEnglishEventNounInARelativeClause() {
        XCTAssertEqual(edges("Estonia's defence minister called the drills that China and Russia held in the Baltic a provocation."),
                       ["pevkur holds_role estonia", "china cooperates_with russia"])
    }

    func testTheAgentOfAParticipleAfterAnEnglishEventNounHoldsIt() {
        XCTAssertEqual(edges("Armenia skipped the exercises staged by Kazakhstan and Kyrgyzstan last week."),
                       ["kazakhstan cooperates_with kyrgyzstan"])
        XCTAssertEqual(edges("The naval drills carried out by China and Iran ended on Friday."), ["china cooperates_with iran"])
    }

    func testAQuotedNameBetweenAnEventNounAndItsRelativeClause() {
        XCTAssertEqual(edges("وحضر مراقبون أجانب مناورات «الأخوة السلافية» التي تجريها صربيا وبيلاروسيا قرب بريست."),
                       ["belarus cooperates_with serbia"])
    }

    func testAStateNamedByANisbaAfterTheAttacksPreposition() {
        XCTAssertEqual(edges("وشنت إسرائيل غارات عنيفة على منشآت الطاقة السورية."), ["israel attacks syria"])
        XCTAssertEqual(edges("وشنت إسرائيل غارات عنيفة، بحسب وسائل الإعلام السورية."), [], "not across a clause break")
    }

    func testAPlaceIsWhereAJointEventHappensNotAPartner() {
        XCTAssertEqual(edges("Polish troops began military exercises near the Suwalki Gap on Tuesday."), ["poland_army part_of poland"])
    }

    func testACommaBetweenDigitGroupsDoesNotEndTheClause() {
        XCTAssertEqual(attribute("what", of: "united_states deploys_to poland",
                                 in: "The United States has deployed an additional 2,000 soldiers to Poland."), "additional 2,000 soldiers")
    }

    func testHostingAnotherStatesForcesIsTheirDeployment() {
        XCTAssertEqual(edges("وتستضيف بولندا نحو عشرة آلاف جندي أمريكي."),
                       ["united_states_army part_of united_states", "united_states deploys_to poland"])
        XCTAssertEqual(edges("Kazakhstan hosts Russian troops at the Baikonur base."),
                       ["russia_army part_of russia", "russia deploys_to kazakhstan"])
        XCTAssertEqual(edges("وقال إن سلوفاكيا لن تستضيف صواريخ أمريكية."), [], "negated")
    }

    func testKeepingForcesInAStateIsADeployment() {
        XCTAssertEqual(edges("Russia maintains a military base in Tajikistan."), ["russia deploys_to tajikistan"])
        XCTAssertEqual(edges("وتحتفظ فرنسا بقاعدة عسكرية في جيبوتي."), ["france deploys_to djibouti"])
        XCTAssertEqual(edges("Turkey maintained close ties with Azerbaijan."), ["azerbaijan cooperates_with turkey"],
                       "keeping ties is cooperation, no deployment")
        XCTAssertEqual(edges("Brussels would maintain its sanctions on Iran."), ["european_union sanctions iran"],
                       "a verb that is no event does not cut the noun's subject off")
    }

    func testAStatesOwnMembershipNamesItsAlliance() {
        XCTAssertEqual(edges("وعلقت جورجيا عضويتها في رابطة الدول المستقلة."), ["georgia member_of cis"])
        XCTAssertEqual(edges("Armenia froze its membership in the CSTO in 2024."), ["armenia member_of csto"])
    }

    func testANisbaInWhatAPassiveDeploysIsItsAgent() {
        XCTAssertEqual(edges("American Patriot batteries were deployed to Romania last year."), ["united_states deploys_to romania"])
        XCTAssertEqual(edges("French troops have been stationed in Estonia since 2017."), ["france_army part_of france", "france deploys_to estonia"])
    }

    func testAPossessiveInWhatAPassiveDeploysIsItsAgent() {
        XCTAssertEqual(edges("Xi Jinping said that China's new missile system had been deployed in Laos."), ["china deploys_to laos"])
    }

    func testWhereAJointEventTakesPlaceIsNoPartner() {
        XCTAssertEqual(edges("Pakistan condemned Indian drills in Bhutan and the Maldives."), ["pakistan criticizes india"])
        XCTAssertEqual(edges("NATO drills in Norway and the Baltic states began."), [])
    }

    func testASeatOfPowerUsingForceIsItsState() {
        XCTAssertEqual(edges("The White House has stationed more troops in Romania."), ["united_states deploys_to romania"])
        XCTAssertEqual(edges("The White House criticised Romania."), ["white_house criticizes romania"], "words stay the seat's")
    }

    func testTheAgentOfAPassiveAfterItsObject() {
        XCTAssertEqual(edges("New sanctions were imposed on Tehran by the European Union on Monday."), ["european_union sanctions iran"])
    }

    func testHostingTalksOrAGuestIsNoDeployment() {
        XCTAssertEqual(edges("وتستضيف المجر محادثات بين روسيا وأوكرانيا."), ["russia cooperates_with ukraine"])
        XCTAssertEqual(edges("Turkey hosted Russian Foreign Minister Sergei Lavrov in Antalya."),
                       ["lavrov holds_role russia", "lavrov met_with turkey"], "a guest is met, not deployed")
    }

    func testABodyNamedWithInAndItsState() {
        XCTAssertEqual(edges("وانتقدت وزارة الخارجية في ليتوانيا المناورات الروسية."),
                       ["lithuania_foreign_ministry part_of lithuania", "lithuania criticizes russia"])
        XCTAssertEqual(edges("The government in Vilnius criticised the Russian drills."),
                       ["lithuania_government part_of lithuania", "lithuania criticizes russia"])
        XCTAssertEqual(edges("وقالت السفارة في موسكو إن الوضع هادئ."), [], "an embassy in a capital is another state's")
    }

    func testAnEnglishBorderNounTakesTheStateBeforeIt() {
        XCTAssertEqual(edges("Norway shares a 198km border with Russia in the Arctic."), ["norway borders russia"])
        XCTAssertEqual(edges("Estonia's border with Russia runs along the Narva river."), ["estonia borders russia"])
        XCTAssertEqual(edges("Lukashenko inspected the border with Ukraine on Friday."), [], "a person has no border")
        XCTAssertEqual(edges("Finland closed its last border crossing with Russia on Friday, and Norway tightened checks."),
                       ["finland borders russia", "finland sanctions russia"], "a new clause after ', and' lists no more neighbours")
        XCTAssertEqual(edges("وأعلنت الحكومة الفنلندية إغلاق معبر فاليما الحدودي مع روسيا."),
                       ["finland_government part_of finland", "finland borders russia"])
    }

    func testADateInALaterClauseDatesOnlyItsOwnEvents() {
        let text = "Moscow has repeatedly threatened Vilnius, and in 2022 Russia invaded Ukraine."
        XCTAssertEqual(edges(text), ["russia threatens lithuania", "russia attacks ukraine"])
        XCTAssertNil(attribute("date", of: "russia threatens lithuania", in: text))
        XCTAssertEqual(attribute("date", of: "russia attacks ukraine", in: text), "2022")
        XCTAssertEqual(attribute("date", of: "belarus threatens poland", in: "In 2021, Belarus threatened Lithuania and Poland."), "2021")
    }

    func testAMonthWrittenAfterAnEventDatesIt() {
        let text = "وزار وزير الخارجية الصيني وانغ يي موسكو يوم 3 مارس 2025، وبحث الاتفاق الذي وقعه بوتين ورئيس الوزراء الهندي ناريندرا مودي في نوفمبر الماضي."
        XCTAssertEqual(attribute("date", of: "india cooperates_with russia", in: text), "2024-11", "the November before the March article")
        XCTAssertEqual(attribute("date", of: "china cooperates_with russia",
                                 in: "Putin and Xi signed the agreement in May.", date: "2025-10-02"), "2025-05")
        XCTAssertEqual(attribute("date", of: "china cooperates_with russia",
                                 in: "Putin and Xi signed the agreement last December.", date: "2025-10-02"), "2024-12")
        XCTAssertEqual(attribute("date", of: "china cooperates_with russia",
                                 in: "Putin and Xi signed the agreement in December 2019.", date: "2025-10-02"), "2019-12")
    }

    func testAnotherStatesWeaponsDeployedOnOnesOwnTerritory() {
        XCTAssertEqual(attribute("modality", of: "russia deploys_to belarus",
                                 in: "وقال لوكاشينكو إن بلاده ستنشر صواريخ إسكندر الروسية على أراضيها."), "planned")
        XCTAssertEqual(edges("Hungary will deploy American air defence systems on its territory."), ["united_states deploys_to hungary"])
        XCTAssertEqual(edges("Poland will deploy its own air defence systems on its territory."), [], "no other state's weapons")
    }

    func testTheSubjectOfAVerbThatHoldsAJointEvent() {
        XCTAssertEqual(edges("وأجرت الصين وروسيا الأسبوع الماضي الجولة الأولى من تدريبات بحرية في بحر اليابان."),
                       ["china cooperates_with russia"])
        XCTAssertEqual(edges("وانتقدت اليابان وكوريا الجنوبية الجولة الأولى من تدريبات الصين وروسيا."),
                       ["china cooperates_with russia"], "a criticising verb holds no event")
    }

    func testAnArmedGroupMovingIntoAStateIsDeployedThere() {
        XCTAssertEqual(edges("وانتقلت قوات فاغنر إلى ليبيا لدعم قوات حفتر."), ["wagner deploys_to libya"])
        XCTAssertEqual(edges("Tsikhanouskaya moved to Lithuania in 2020."), [], "a person moving is no deployment")
        XCTAssertEqual(edges("وانتقلت المفاوضات إلى مرحلة جديدة."), [])
    }
}
