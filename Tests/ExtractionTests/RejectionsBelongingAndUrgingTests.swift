import XCTest
import EntityGraph
@testable import Extraction

/// A border verb after a long apposition with a decimal number; "وهو ما رفضته X" is criticism of
/// the deed's doer; a place "التابعة ل" a state lies in it (not a base a state holds abroad);
/// "، وحث X على" continues the subject before the comma, and "الجانب" is not what is asked; a verb
/// with an object pronoun in a relative clause has its subject after it and the head as object;
/// "اشتباكات حدودية بين" is a fight; Pakistan's and Afghanistan's cities; CICA; an official's
/// protest to a foreign ambassador is his state's to the ambassador's; ", both of which border";
/// a shared border after an apposition to the pair; a verb after an apposition in a "while" clause;
/// a definite Arabic title is in construct with no bare name after it ("وزار الوزير أرمينيا");
/// "has been a member since" is a membership of the alliance named last; "both Central Asian
/// states" is a pair.
final class RejectionsBelongingAndUrgingTests: XCTestCase {
    func testTheBorderVerbAfterAnAppositionWithADecimalNumberIsSaidOfTheHead() {
        let found = edges("Georgia, a former Soviet republic of about 3.7 million people that borders Turkey and Armenia, applied to join the EU.", date: "2025-11-20")
        XCTAssertTrue(found.isSuperset(of: ["georgia borders turkey", "armenia borders georgia"]))
    }

    func testWhatAStateRejectedAfterADeedIsCriticismOfItsDoer() {
        let found = edges("وفرض الاتحاد الأوروبي عقوبات جديدة على بيلاروس، وهو ما رفضته مينسك وموسكو.", date: "2025-11-20")
        XCTAssertTrue(found.isSuperset(of: ["belarus criticizes european_union", "russia criticizes european_union"]))
    }

    func testAProposalAStateRejectedIsNoCriticism() {
        let found = edges("وقدمت تركيا مقترحا رفضته أرمينيا.", date: "2025-11-20")
        XCTAssertFalse(found.contains { $0.contains("criticizes") })
        let criticised = edges("وقدمت تركيا مقترحا انتقدته أرمينيا.", date: "2025-11-20")
        XCTAssertFalse(criticised.contains("turkey criticizes armenia"))
    }

    func testHisRejectionAfterACoordinatedNounIsNotTheLastStates() {
        let found = edges("والتقى الوزير رئيس الوزراء اللبناني نواف سلام، الذي أكد دعم لبنان لوحدة سوريا ورفضه للغارات الإسرائيلية.", date: "2025-11-20")
        XCTAssertFalse(found.contains("syria criticizes israel"))
    }

    func testAPlaceBelongingToAStateLiesInIt() {
        let found = edges("وافتتح الرئيسان طريقا يربط مدينة قارص بجمهورية نخجوان ذاتية الحكم التابعة لأذربيجان.", date: "2025-11-20")
        XCTAssertTrue(found.contains("nakhchivan located_in azerbaijan"))
    }

    func testABaseAStateHoldsAbroadDoesNotLieInIt() {
        let found = edges("وزار الوزير قاعدة حميميم الجوية التابعة لروسيا.", date: "2025-11-20")
        XCTAssertFalse(found.contains("hmeimim located_in russia"))
    }

    func testUrgingAfterACommaContinuesTheSubjectBeforeIt() {
        let found = edges("وأكد لافروف أهمية الحوار، وحث إيران على إبداء المرونة.", date: "2025-11-20")
        XCTAssertTrue(found.contains("lavrov requests iran"))
    }

    func testTheSideOfAStateIsTheStateNotWhatIsAsked() throws {
        let graph = sharedExtractor.extract(text: "وأكد لافروف أهمية الحوار، وحث الجانب الإيراني على إبداء المرونة.", document: "t.txt", date: "2025-11-20")
        let request = try XCTUnwrap(graph.relations.first { $0.type == .requests })
        XCTAssertEqual([request.source, request.target], ["lavrov", "iran"])
        XCTAssertNil(request.attributes["what"])
    }

    func testAVerbWithAnObjectPronounInARelativeClauseHasItsSubjectAfterIt() {
        let found = edges("وزار الوزير أوكرانيا التي انتقدتها موسكو مرارا.", date: "2025-11-20")
        XCTAssertTrue(found.contains("russia criticizes ukraine"))
        let counterpart = edges("والتقى لافروف نظيره التركي الذي انتقدته موسكو.", date: "2025-11-20")
        XCTAssertTrue(counterpart.contains("russia criticizes fidan"))
        XCTAssertFalse(counterpart.contains("fidan criticizes russia"))
    }

    func testAVerbWithAnObjectPronounAfterWhereContinuesTheMainSubject() {
        let found = edges("وصل الرئيس السوري أحمد الشرع إلى روسيا، حيث استقبله الرئيس فلاديمير بوتين في الكرملين.", date: "2025-10-15")
        XCTAssertTrue(found.contains("al_sharaa met_with putin"))
    }

    func testAnIndefiniteFightWithAnIndefiniteAdjectiveBeforeBetweenIsAFight() {
        let found = edges("وجاء ذلك بعد اشتباكات حدودية عنيفة بين طاجيكستان وقيرغيزستان.", date: "2025-11-20")
        XCTAssertTrue(found.isSuperset(of: ["tajikistan attacks kyrgyzstan", "kyrgyzstan attacks tajikistan"]))
    }

    func testADefiniteFightWithAnIndefiniteWordBeforeBetweenIsNoFight() {
        let found = edges("وتحدث الوزير عن الاشتباكات أمس بين طاجيكستان وقيرغيزستان.", date: "2025-11-20")
        XCTAssertFalse(found.contains { $0.contains("attacks") })
    }

    func testCitiesOfPakistanAndAfghanistanAreKnownPlaces() {
        let found = edges("وسيربط الخط مدينة ترمذ الأوزبكية بميناء كراتشي الباكستاني مرورا بمدينة هرات الأفغانية.", date: "2025-11-20")
        XCTAssertTrue(found.isSuperset(of: ["termez located_in uzbekistan", "karachi located_in pakistan", "herat located_in afghanistan"]))
    }

    func testTheAsianConfidenceConferenceIsABloc() {
        let graph = sharedExtractor.extract(text: "Both states are members of the Conference on Interaction and Confidence-Building Measures in Asia (CICA).",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(graph.entity(id: "cica")?.kind, .alliance)
    }

    func testAnOfficialsProtestToAForeignAmbassadorIsHisStatesToTheAmbassadors() {
        let found = edges("استدعى نائب وزير الخارجية الروسي ميخائيل غالوزين سفير أذربيجان لدى روسيا رحمن مصطفاييف، وأبلغه احتجاج موسكو.", date: "2025-07-01")
        XCTAssertTrue(found.contains("russia criticizes azerbaijan"))
        let english = edges("Polish Deputy Foreign Minister Marcin Bosacki summoned the Russian ambassador Georgy Mikhno on Monday.", date: "2025-09-10")
        XCTAssertTrue(english.contains("poland criticizes russia"))
    }

    func testStatesAfterBothOfWhichBorderAreTheListBefore() {
        let found = edges("Poland and Lithuania, both of which border Belarus, closed crossings on Friday.", date: "2025-10-24")
        XCTAssertTrue(found.isSuperset(of: ["belarus borders poland", "belarus borders lithuania"]))
    }

    func testAPairSharingABorderAfterAnAppositionBordersEachOther() {
        let found = edges("وتتقاسم أرمينيا وأذربيجان، الجارتان في جنوب القوقاز، حدودا طويلة.", date: "2025-11-20")
        XCTAssertTrue(found.contains("armenia borders azerbaijan"))
    }

    func testAVerbAfterAnAppositionInAWhileClauseIsSaidOfItsHead() {
        let found = edges("Berdimuhamedov said Ashgabat would keep working with the Taliban-led government on a gas pipeline, while Rahmon, one of the Taliban's fiercest critics in the region, urged Kabul to form an inclusive government.",
                          date: "2025-11-13")
        XCTAssertTrue(found.contains("rahmon requests afghanistan"))
    }

    func testADefiniteTitleBeforeABareStateNameIsNotThatStatesOfficial() {
        let found = edges("وزار الوزير أرمينيا وأذربيجان وجورجيا.", date: "2025-11-20")
        XCTAssertFalse(found.contains { $0.contains("met_with") })
        let construct = edges("وزار وزير خارجية أرمينيا أرارات ميرزويان طهران.", date: "2025-11-20")
        XCTAssertTrue(construct.isSuperset(of: ["mirzoyan holds_role armenia", "iran met_with mirzoyan"]))
        let named = edges("وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو ترحب بالمقترح.", date: "2025-11-20")
        XCTAssertTrue(named.contains("peskov holds_role kremlin"))
    }

    func testAMembershipWithoutItsBlocIsOfTheAllianceNamedLast() {
        let found = edges("Finland joined NATO in April 2023. Latvia has been a member since 2004.", date: "2025-11-20")
        XCTAssertTrue(found.contains("latvia member_of nato"))
        let council = edges("Finland joined NATO in April 2023. Poland has been a member of the UN Security Council twice.", date: "2025-11-20")
        XCTAssertFalse(council.contains("poland member_of nato"))
    }

    func testAPairPhraseWithARegionAdjectiveIsThePair() {
        let found = edges("Tajikistan and Turkmenistan signed a gas deal. Both Central Asian states share long borders with Afghanistan.", date: "2025-11-13")
        XCTAssertTrue(found.isSuperset(of: ["afghanistan borders tajikistan", "afghanistan borders turkmenistan"]))
    }
}
