import XCTest
@testable import Extraction

/// What "الحلف", "الاتحاد", "the alliance" and "البلدين" refer to.
final class AnaphoraTests: XCTestCase {
    func testAnAllianceAnaphorRefersToAnAllianceCalledSo() {
        let arabic = edges("انتقد حلف شمال الأطلسي المناورات. ووقع بوتين ولوكاشينكو معاهدة دولة الاتحاد. "
                           + "وتحد بيلاروسيا بولندا وليتوانيا الأعضاء في الحلف.", date: "2023-06-01")
        XCTAssertTrue(arabic.isSuperset(of: ["poland member_of nato", "lithuania member_of nato"]), "\(arabic)")
        XCTAssertFalse(arabic.contains("poland member_of union_state"))
        let english = edges("NATO criticised the drills. Russia and Belarus signed a Union State treaty. Poland is a member of the alliance.")
        XCTAssertTrue(english.contains("poland member_of nato"), "\(english)")
        XCTAssertFalse(english.contains("poland member_of union_state"))
    }

    func testAnAllianceAnaphorWithAProcliticAndNoAllianceCalledSo() {
        let graph = sharedExtractor.extract(text: "ووقعت روسيا وبيلاروسيا وثيقة دولة الاتحاد. وانضمت أرمينيا للحلف.", document: "t.txt")
        XCTAssertNil(graph.relation(source: "armenia", type: .memberOf, target: "union_state"))
    }

    func testTheTwoCountriesCountAStateBodyAsItsState() {
        let graph = sharedExtractor.explain(text: "وأكد الكرملين أن الاتفاق مع بيلاروسيا معاهدة بين البلدين.", document: "t.txt")
        let mention = graph.sentences.first?.mentions.first { $0.surface == "البلدين" }
        XCTAssertEqual(mention?.ids, ["russia", "belarus"])
    }

    func testASubjectIsNotTakenAcrossAComplementizer() {
        XCTAssertEqual(edges("وقال زيلينسكي إن نشر الناتو قوات في رومانيا ضروري."), ["nato deploys_to romania"])
    }

    func testAnAllianceCalledSoByItsAnaphorsAndTheOrganisation() {
        XCTAssertEqual(edges("انتقدت أرمينيا منظمة معاهدة الأمن الجماعي، واتهم باشينيان الحلف بالتقصير.", date: "2024-03-01"),
                       ["armenia criticizes csto", "pashinyan criticizes csto"])
        XCTAssertEqual(edges("تأسست منظمة شنغهاي للتعاون عام 2001. وتضم المنظمة كلا من روسيا والصين والهند."),
                       ["russia member_of sco", "china member_of sco", "india member_of sco"])
    }

    func testAnEnglishListAfterTheVerbClosedByAnd() {
        XCTAssertEqual(edges("The Collective Security Treaty Organization includes Russia, Belarus and Kazakhstan."),
                       ["russia member_of csto", "belarus member_of csto", "kazakhstan member_of csto"])
        XCTAssertEqual(edges("Trump met Putin, Lukashenko said."), ["putin met_with trump"])
    }

    func testTheTwoSidesAreTheSidesOfTheLastMeeting() {
        let found = edges("عقد وفدان روسي وأميركي محادثات بمشاركة وزير الخارجية الأميركي ماركو روبيو ونظيره الروسي سيرغي لافروف. "
                          + "ورفض الرئيس الأوكراني فولوديمير زيلينسكي الاجتماع. وقال مسؤول إن الجانبين اتفقا على تعيين فرق تفاوضية.",
                          date: "2025-02-18")
        XCTAssertTrue(found.contains("russia cooperates_with united_states"), "\(found)")
        XCTAssertFalse(found.contains("russia cooperates_with ukraine"))
    }

    func testAVisitorMeetsThoseNamedAfterWhereAndTheirCounterpartIsTheVisitors() {
        let graph = sharedExtractor.extract(text: "وصل وزير الخارجية المجري بيتر سيارتو إلى مينسك، حيث التقى الرئيس ألكسندر لوكاشينكو "
                                            + "ونظيره البيلاروسي سيرغي أليينيك.", document: "t.txt", date: "2024-06-03")
        XCTAssertEqual(role(graph, "aleinik", "belarus"), "foreign_minister")
        XCTAssertNotNil(graph.relation(source: "szijjarto", type: .metWith, target: "lukashenko"))
        XCTAssertNotNil(graph.relation(source: "aleinik", type: .metWith, target: "szijjarto"))
        XCTAssertNil(graph.relation(source: "aleinik", type: .metWith, target: "lukashenko"))
    }

    func testTheTwoLeadersAreThePeopleWhoMetAndBetweenNamesBothSides() {
        let found = edges("Chinese President Xi Jinping arrived in Moscow for talks with his Russian counterpart Vladimir Putin. "
                          + "The two leaders signed a new agreement.", date: "2024-05-16")
        XCTAssertTrue(found.isSuperset(of: ["putin met_with xi_jinping", "china cooperates_with russia", "russia met_with xi_jinping"]),
                      "\(found)")
        let between = edges("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي، وبحث الوزيران تعزيز التعاون بين البلدين.",
                            date: "2024-05-16")
        XCTAssertTrue(between.contains("china cooperates_with russia"), "\(between)")
        XCTAssertFalse(between.contains("lavrov cooperates_with wang_yi"))
    }

    func testItAfterAPrepositionalActorIsThatActor() {
        let found = edges("Lukashenko said Belarus needed guarantees from Russia that it would defend Belarus.")
        XCTAssertTrue(found.contains("russia supports belarus"), "\(found)")
    }

    func testTheThreeCountriesAreTheLastThreeStatesNamedTogether() {
        XCTAssertEqual(edges("أعلنت فنلندا والسويد والنرويج خطة مشتركة للدفاع. وكانت الدول الثلاث قد انضمت إلى حلف شمال الأطلسي."),
                       ["finland member_of nato", "sweden member_of nato", "norway member_of nato"])
        XCTAssertEqual(edges("Estonia, Latvia and Lithuania held a summit. The three countries joined NATO in 2004."),
                       ["estonia member_of nato", "latvia member_of nato", "lithuania member_of nato"])
    }

    func testTheBalticStatesAreAGroupOfStates() {
        XCTAssertEqual(edges("ودعت بولندا ودول البلطيق حلف الناتو إلى تعزيز وجوده العسكري."),
                       ["poland requests nato", "baltic_states requests nato"])
        XCTAssertEqual(sharedExtractor.lexicon.entities["baltic_states"]?.kind, .alliance)
    }

    func testTheCountryOpeningASentenceIsTheStateNamedLast() {
        XCTAssertEqual(edges("تحولت جورجيا إلى ساحة للتنافس. فالبلاد تستضيف قوات أمريكية منذ عام 2020."),
                       ["united_states_army part_of united_states", "united_states deploys_to georgia"])
        XCTAssertEqual(edges("Georgia has become a battleground. The country criticised Russia on Monday."), ["georgia criticizes russia"])
    }

    func testAVerbAfterKamaKeepsTheMainSubject() {
        XCTAssertEqual(edges("انتقدت فنلندا المناورات الروسية، كما استدعت السفير الروسي."), ["finland criticizes russia"])
        XCTAssertEqual(edges("وأدانت ليتوانيا الخطوة، كما طالبت الاتحاد الأوروبي بفرض عقوبات على روسيا."),
                       ["lithuania requests european_union", "european_union sanctions russia"])
    }

    func testTheTwoCountriesOfAMeetingInTheSameSentence() {
        let text = "وعقد بوتين محادثات مع أردوغان في أستانا. كما التقى بوتين رئيس الوزراء الهندي ناريندرا مودي، وبحثا سبل تعزيز التجارة بين البلدين."
        let found = edges(text, date: "2024-07-04")
        XCTAssertFalse(found.contains { $0.contains("turkey") }, "\(found)")
        let pair = sharedExtractor.explain(text: text, document: "t.txt", date: "2024-07-04").sentences.last?.mentions.last
        XCTAssertEqual(pair?.surface, "البلدين")
        XCTAssertEqual(pair?.ids, ["russia", "india"])
    }

    func testTheTwoCountriesAreTheDocumentsMainPairNotASideMention() {
        let text = "والتقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان في موسكو. ووقع الرئيسان معاهدة شراكة. "
            + "ووقعت موسكو معاهدة مماثلة مع بيونغ يانغ العام الماضي. وقالت واشنطن إنها تراقب التعاون العسكري بين البلدين."
        let pair = sharedExtractor.explain(text: text, document: "t.txt", date: "2025-01-17").sentences.last?.mentions.first { $0.surface == "البلدين" }
        XCTAssertEqual(pair?.ids, ["iran", "russia"])
    }

    func testADualTitleWithNoNisbaIsTheTwoLeadersLastMet() {
        let text = "والتقى الرئيس الصيني شي جين بينغ نظيره البرازيلي لولا دا سيلفا في بكين. ووقع الرئيسان اتفاقيات تعاون."
        XCTAssertTrue(edges(text, date: "2024-11-20").contains("brazil cooperates_with china"), "\(edges(text, date: "2024-11-20"))")
    }

    func testHeAndSheAreTheLastPersonNamed() {
        let text = "Lithuanian President Gitanas Nauseda spoke in Vilnius. He accused Belarus of waging a hybrid attack."
        XCTAssertTrue(edges(text, date: "2025-10-01").contains("nauseda criticizes belarus"))
        let met = "German Chancellor Friedrich Merz arrived in Kyiv. He met Zelenskiy on Monday."
        XCTAssertTrue(edges(met, date: "2025-10-01").contains("merz met_with zelensky"))
    }

    func testTheThreeStatesOfTheSameSentenceAndTheSubjectOfASubordinateClause() {
        let text = "وكان الاتحاد السوفيتي يضم ليتوانيا ولاتفيا وإستونيا، قبل أن تستقل الدول الثلاث عام 1991 وتنضم إلى الناتو."
        XCTAssertEqual(edges(text), ["lithuania member_of nato", "latvia member_of nato", "estonia member_of nato"],
                       "a state includes no member, and the Soviet Union joined nothing")
    }

    func testTheAllianceAfterAGroupOfStatesIsABloc() {
        let text = "وحذر الناتو من أن روسيا قد تعزل دول البلطيق عن بقية الحلف."
        let alliance = sharedExtractor.explain(text: text, document: "t.txt").sentences.last?.mentions.first { $0.surface == "الحلف" }
        XCTAssertEqual(alliance?.ids, ["nato"])
    }
}
