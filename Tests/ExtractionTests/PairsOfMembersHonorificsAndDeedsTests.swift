import XCTest
import EntityGraph
@testable import Extraction

/// "Both NATO members" and "the Russian-led CSTO" give members; "allies on the eastern flank" is
/// no alliance; "بالتعاون مع" is the doer's cooperation; a prince's honorific is no emir's office;
/// Iran's long title of its defence minister; OPEC+ is not OPEC; criticism of a deed a relative
/// clause names its doer for; an unknown name before an English verb is its subject; "away from"
/// asks no one; "the Iranian leader" is the president just named; "1,340km"; "their first meeting"
/// after "X met Y"; a masculine verb before a state's name of feminine agreement; "حربها مع";
/// "جماعات مدعومة من إيران"; "حدوده" is a masculine state's border; "وسبق لعراقجي أن زار"; "سترد
/// على"; the nisba of what an event noun after a preposition names; "Sheikh Mohammed"; "but"; "حليفان".
final class PairsOfMembersHonorificsAndDeedsTests: XCTestCase {
    func testBothBlocMembersAreTheTwoStatesAndMembersOfTheBloc() {
        let found = edges("Poland and Romania signed a deal after Russian drones entered the airspace of both NATO members.", date: "2025-10-14")
        XCTAssertTrue(found.isSuperset(of: ["poland member_of nato", "romania member_of nato"]))
        XCTAssertFalse(found.contains { $0.hasPrefix("russia") && $0.hasSuffix("nato") })
    }

    func testAStateLeadingABlocByAHyphenIsItsMember() {
        let found = edges("Armenia has frozen its participation in the Russian-led Collective Security Treaty Organization.", date: "2025-06-01")
        XCTAssertTrue(found.contains("russia member_of csto"))
        XCTAssertFalse(found.contains("armenia member_of csto") && found.contains("russia member_of armenia"))
    }

    func testAlliesOnAFlankAreNoAlliesOfIt() {
        let found = edges("NATO Secretary General Mark Rutte said that allies on the eastern flank are stepping up.", date: "2025-10-14")
        XCTAssertFalse(found.contains { $0.contains("allied_with") })
    }

    func testInCooperationWithIsTheDoersCooperationNotTheMeetingPartners() {
        let found = edges("والتقى قائد الجيش الباكستاني وزير الدفاع الأذربيجاني ذاكر حسنوف، وبحثا شراء أذربيجان طائرات من طراز \"ثاندر\" التي تنتجها باكستان بالتعاون مع الصين.",
                          date: "2025-10-14")
        XCTAssertTrue(found.contains("china cooperates_with pakistan"))
        XCTAssertFalse(found.contains("azerbaijan cooperates_with china"))
    }

    func testAPrincesHonorificIsNoEmirsOffice() {
        let graph = sharedExtractor.extract(text: "بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع لافروف العلاقات. وأكد الأمير فيصل بن فرحان أن المملكة العربية السعودية تدعم الجهود. ويستقبل بوتين الوزير السعودي غدا.",
                                            document: "t.txt", date: "2025-10-13")
        let roles = graph.relations.filter { $0.source == "faisal_bin_farhan" && $0.type == .holdsRole }.map { $0.attributes["role"] }
        XCTAssertEqual(roles, ["foreign_minister"])
        XCTAssertTrue(graph.relations.contains { Set([$0.source, $0.target]) == ["putin", "faisal_bin_farhan"] && $0.type == .metWith })
    }

    func testIransTitleOfItsDefenceMinister() {
        let graph = sharedExtractor.extract(text: "التقى وزير الدفاع وإسناد القوات المسلحة الإيراني العميد عزيز نصير زاده نظيره الروسي في موسكو.",
                                            document: "t.txt", date: "2025-10-15")
        let minister = graph.relations.first { $0.type == .holdsRole && $0.target == "iran" }
        XCTAssertEqual(minister.flatMap { graph.entity(id: $0.source)?.labels["ar"] }, "عزيز نصير زاده")
        XCTAssertEqual(minister?.attributes["role"], "defence_minister")
    }

    func testOpecPlusIsNotOpec() {
        let graph = sharedExtractor.extract(text: "ويواصل البلدان التنسيق في إطار تحالف \"أوبك+\". Both are members of OPEC+.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .alliance }.map(\.id), ["opec_plus"])
    }

    func testCriticismOfADeedIsAimedAtTheDoerARelativeClauseNames() {
        XCTAssertTrue(edges("وانتقد لافروف القرار الذي اتخذته الحكومة الألمانية.", date: "2025-06-01").contains("lavrov criticizes germany"))
        XCTAssertFalse(edges("وأدان لافروف الهجوم الذي تعرضت له أوكرانيا.", date: "2025-06-01").contains("lavrov criticizes ukraine"))
    }

    func testAnUnknownNameBeforeAnEnglishVerbIsItsSubject() {
        XCTAssertFalse(edges("Lithuania pledges support for the EU path as Popsoi visits Vilnius", date: "2025-10-15")
            .contains("european_union met_with lithuania"))
        XCTAssertTrue(edges("Estonian Prime Minister Kristen Michal on Friday asked NATO to expand its mission.", date: "2025-01-31")
            .contains("michal requests nato"))
    }

    func testAwayFromAStateAsksNoOne() {
        let found = edges("Armenia and China agreed a strategic partnership, as Yerevan seeks to diversify its foreign ties away from Russia.", date: "2025-08-31")
        XCTAssertFalse(found.contains("armenia requests russia"))
        XCTAssertTrue(edges("Armenia sought weapons from India.", date: "2025-08-31").contains("armenia requests india"))
    }

    func testTheLeaderOfAStateIsItsLeaderJustNamed() {
        let graph = sharedExtractor.extract(text: "Iranian President Masoud Pezeshkian arrived in Turkmenistan on Sunday. Turkmen President Serdar Berdimuhamedov then received the Iranian leader.",
                                            document: "t.txt", date: "2025-10-26")
        XCTAssertTrue(graph.relations.contains { Set([$0.source, $0.target]) == ["serdar_berdimuhamedov", "pezeshkian"] && $0.type == .metWith })
        XCTAssertFalse(graph.relations.contains { $0.source == "serdar_berdimuhamedov" && $0.target == "iran" })
        XCTAssertEqual(graph.relations.filter { $0.source == "pezeshkian" && $0.type == .holdsRole }.map { $0.attributes["role"] }, ["president"])
    }

    func testAThousandsSeparatorStaysInsideItsNumber() {
        XCTAssertTrue(edges("Finland, which joined NATO in April 2023, shares a 1,340km border with Russia.", date: "2025-06-01")
            .contains("finland borders russia"))
        var tokenizer = Tokenizer(lexiconWords: sharedExtractor.lexicon.words)
        let document = tokenizer.tokenize("1,340 km, 2, 3")
        XCTAssertEqual(document.tokens.filter(\.isWord).map(document.text(of:)), ["1,340", "km", "2", "3"])
        XCTAssertEqual(document.tokens.filter(\.isWord).map(\.number), [1340, -1, 2, 3])
    }

    func testTheirFirstMeetingAfterAMeetingIsTheTwoWhoMet() {
        let found = edges("Aliyev met Putin in Tianjin, their first meeting since the crash of an Azerbaijan Airlines plane.", date: "2025-09-01")
        XCTAssertFalse(found.contains("azerbaijan cooperates_with azerbaijan_airlines"))
        XCTAssertTrue(found.contains("ilham_aliyev met_with putin"))
    }

    func testAStateAfterAMasculineVerbIsItsObjectUnlessItsNameIsMasculine() {
        XCTAssertTrue(edges("وصل ساعر إلى باكو، وانتقد إيران.", date: "2025-10-13").contains("saar criticizes iran"))
        XCTAssertFalse(edges("وصل ساعر إلى باكو، وانتقد العراق.", date: "2025-10-13").contains("saar criticizes iraq"))
    }

    func testAStatesWarWithAnother() {
        XCTAssertTrue(edges("واستخدمت باكو الطائرات في حربها مع أرمينيا عام 2020.", date: "2025-10-13").contains("azerbaijan attacks armenia"))
    }

    func testAnArabicParticipleAfterAPlainNounBacksNoOneNamedBefore() {
        let found = edges("ويتهم الأردن جماعات مدعومة من إيران بتهريب المخدرات عبر حدوده مع سوريا.", date: "2025-10-13")
        XCTAssertFalse(found.contains("iran supports jordan"))
        XCTAssertTrue(found.contains("jordan borders syria"))
        XCTAssertFalse(found.contains("iran borders syria"))
        XCTAssertTrue(edges("وسيطر الحوثيون المدعومون من إيران على صنعاء.", date: "2025-10-13").contains("iran supports houthis"))
    }

    func testTheSubjectAfterAVerbOfPrecedenceAndLam() {
        let found = edges("وسبق لعراقجي أن زار الرياض والقاهرة.", date: "2025-10-13")
        XCTAssertTrue(found.isSuperset(of: ["araghchi met_with saudi_arabia", "araghchi met_with egypt"]))
        XCTAssertFalse(found.contains("egypt met_with saudi_arabia"))
    }

    func testAPromiseToRespondToADeedThreatensItsDoer() {
        let cases = [("وحذر ريابكوف من أن روسيا سترد \"بشكل مناسب\" على أي نشر للصواريخ الأمريكية في أوروبا.", "russia threatens united_states"),
                     ("NATO Secretary-General Mark Rutte said the alliance would respond to Russia's reckless behavior.", "nato threatens russia")]
        for (text, edge) in cases {
            XCTAssertTrue(edges(text, date: "2025-10-14").contains(edge), text)
        }
    }

    func testTheNisbaOfWhatAnEventNounAfterAPrepositionNamesIsItsAgent() {
        let found = edges("وقال بيسكوف إن روسيا سترد على نشر صواريخ أمريكية في ألمانيا.", date: "2025-10-14")
        XCTAssertTrue(found.contains("united_states deploys_to germany"))
        XCTAssertFalse(found.contains("russia deploys_to germany"))
    }

    func testAnHonorificAndAGivenNameNameThePersonNamedInFullBefore() {
        let found = edges("Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met Lavrov in Moscow. Sheikh Mohammed also met envoy Kirill Dmitriev.",
                          date: "2025-11-10")
        XCTAssertTrue(found.contains("dmitriev met_with mohammed_bin_abdulrahman") || found.contains("mohammed_bin_abdulrahman met_with dmitriev"))
    }

    func testAVerbAfterButHasTheSubjectOfTheVerbBefore() {
        XCTAssertTrue(edges("Lavrov said Russia supported the deal but criticised Israel.", date: "2025-11-10").contains("russia criticizes israel"))
    }

    func testTwoStatesCalledAlliesAndAGasForum() {
        XCTAssertTrue(edges("وأكد غولر أن تركيا وبولندا \"حليفان قويان\".", date: "2025-11-10").contains { $0.hasSuffix("allied_with turkey") || $0 == "turkey allied_with poland" })
        XCTAssertTrue(edges("Russia and Qatar are members of the Gas Exporting Countries Forum.", date: "2025-11-10").contains("russia member_of gecf"))
    }
}
