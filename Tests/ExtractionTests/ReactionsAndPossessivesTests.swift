import XCTest
@testable import Extraction

/// Reactions to a deed named by its event word, event nouns with a possessive pronoun, a
/// military presence, calls for an action, places known to lie in another state, and armed groups
/// named again as "the group".
final class ReactionsAndPossessivesTests: XCTestCase {
    func testAReactionToADeedNamedByItsWordIsAReactionToItsDoer() {
        let arabic = "وشنت روسيا غارات جوية على أوديسا ليلا. واستنكرت فرنسا الغارات ووصفتها بأنها جريمة."
        XCTAssertEqual(edges(arabic), ["russia attacks odesa", "france criticizes russia"])
        let english = "Russian drones struck Odesa overnight. France condemned the strikes as a crime."
        XCTAssertEqual(edges(english), ["russia_army part_of russia", "russia attacks odesa", "france criticizes russia"])
        let graph = sharedExtractor.extract(text: english, document: "t.txt")
        XCTAssertEqual(graph.relation(source: "france", type: .criticizes, target: "russia")?.evidence.first?.rule, "frame:criticize_of_deed")
    }

    func testAReactionNamingAnotherTargetIsNotAboutTheLastDeed() {
        let strikes = "وشنت الولايات المتحدة غارات على مواقع للحوثيين في الحديدة."
        XCTAssertFalse(edges(strikes + " وأدانت السعودية الهجوم على السفينة.").contains("saudi_arabia criticizes united_states"))
        XCTAssertTrue(edges(strikes + " وأدانت إيران الهجوم على الحوثيين.").contains("iran criticizes united_states"))
        let english = "Russian missiles struck Kyiv on Monday. "
        XCTAssertTrue(edges(english + "Poland condemned the attack on Kyiv.").contains("poland criticizes russia"))
        XCTAssertFalse(edges(english + "Poland condemned the attack on Odesa.").contains("poland criticizes russia"))
    }

    func testTheVictimOfADeedIsNotTheObjectOfTheReaction() {
        XCTAssertEqual(edges("وأدانت ألمانيا بشدة الهجوم على أوديسا."), [], "no attack was read before: the doer is unknown")
        XCTAssertEqual(edges("وأدانت ألمانيا الهجوم الإسرائيلي على لبنان."), ["germany criticizes israel", "israel attacks lebanon"])
        XCTAssertEqual(edges("Germany condemned the attack on Odesa."), [])
        XCTAssertEqual(edges("وأدانت الصين العقوبات المفروضة على روسيا."), [], "China condemns who imposed them, not Russia")
    }

    func testAReactionKeepsThePartiesOfAMeetingOrAgreementAsItsObjects() {
        let found = edges("وانتقد وزير الخارجية الياباني تعزيز التعاون العسكري بين الصين وروسيا.")
        XCTAssertTrue(found.isSuperset(of: ["china cooperates_with russia"]), "\(found)")
        XCTAssertEqual(found.filter { $0.contains("criticizes") }.count, 2, "\(found)")
    }

    func testADeedRememberedIsForgottenAfterThreeSentences() {
        let text = "وقصفت إسرائيل مواقع في لبنان. وقال مسؤول إن الوضع صعب. وأضاف أن المفاوضات مستمرة. "
            + "وأشار إلى أن الطقس بارد. وتابع أن الاجتماع تأجل. واستنكرت مصر الغارات."
        XCTAssertFalse(edges(text).contains("egypt criticizes israel"))
    }

    func testAnEventNounWithAPossessivePronounIsTheDeedOfItsOwner() {
        XCTAssertEqual(edges("وصعدت إسرائيل هجماتها على لبنان خلال الأسبوع الماضي."), ["israel attacks lebanon"])
        XCTAssertEqual(edges("وبدأت اليابان غزوها للصين عام 1937."), ["japan attacks china"])
        let text = "وقصفت القوات الروسية مدينة سومي. وأدانت بريطانيا هجومها على المدينة."
        XCTAssertTrue(edges(text).contains("united_kingdom criticizes russia"), "\(edges(text))")
        XCTAssertFalse(edges(text).contains("united_kingdom attacks sumy"), "the owner is not the verb's subject")
    }

    func testPossessiveFormsAreGeneratedForOneWordNounsOnly() {
        XCTAssertEqual(PossessiveForms.forms(of: "زيارة", suffixes: ["ها", "ه"]), ["زيارتها", "زيارته"])
        XCTAssertEqual(PossessiveForms.forms(of: "هجمات", suffixes: ["هم"]), ["هجماتهم"])
        XCTAssertEqual(PossessiveForms.forms(of: "الغزو", suffixes: ["ها"]), [], "a noun with the article takes no pronoun")
        XCTAssertEqual(PossessiveForms.forms(of: "هجوما", suffixes: ["ها"]), [], "nor one in the accusative")
        XCTAssertEqual(PossessiveForms.forms(of: "حزمة عقوبات", suffixes: ["ها"]), [])
        XCTAssertFalse(PossessiveForms.hasSuffix("ضربة", among: ["ه"]), "a final ة is no pronoun")
    }

    func testAMilitaryPresenceIsADeployment() {
        XCTAssertEqual(edges("وانتقدت طهران الوجود العسكري الأمريكي في العراق."), ["iran criticizes united_states", "united_states deploys_to iraq"])
        XCTAssertEqual(edges("وتحتفظ فرنسا بوجود عسكري في تشاد منذ سنوات."), ["france deploys_to chad"])
        XCTAssertEqual(edges("Baku says Russia's military presence in Armenia threatens the region."), ["russia deploys_to armenia"])
        XCTAssertEqual(edges("Moscow keeps an air base at Hmeimim."), ["russia deploys_to syria"])
    }

    func testACallForAnActionIsNoActionTaken() {
        let text = "Lithuanian President Gitanas Nauseda called for tougher sanctions on Belarus."
        XCTAssertEqual(attribute("modality", of: "lithuania sanctions belarus", in: text, date: "2024-05-01"), "planned")
        XCTAssertEqual(attribute("modality", of: "nauseda requests belarus", in: text, date: "2024-05-01"), nil)
    }

    func testAPlaceKnownToLieInOneStateIsNotLocatedInAnother() {
        XCTAssertEqual(edges("وتجري المحادثات بين أنقرة وباكو في قطر."), ["azerbaijan cooperates_with turkey"])
        XCTAssertEqual(edges("وتقع قاعدة حميميم في سوريا."), ["hmeimim located_in syria"])
        XCTAssertEqual(edges("وتقع قاعدة حميميم في مصر."), [], "the lexicon puts it in Syria")
    }

    func testAnArmedGroupNamedAgainAsTheGroup() {
        let text = "أعلنت حركة حماس موافقتها على المقترح. وقال المتحدث العسكري باسم الحركة أبو عبيدة إن الحركة ستهاجم إسرائيل."
        XCTAssertEqual(edges(text), ["abo_abida holds_role hamas", "hamas attacks israel"])
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        let spokesman = graph.relations.first { $0.type == .holdsRole && $0.target == "hamas" }
        XCTAssertEqual(spokesman?.attributes["role"], "spokesperson")
        XCTAssertEqual(edges("The Houthis said they fired a missile. The group also threatened Israel."), ["houthis threatens israel"])
        XCTAssertEqual(edges("Reuters reported the talks. The group also threatened Israel."), [], "no armed group was named")
    }

    func testGuardsAndInitialledDeals() {
        XCTAssertEqual(edges("وفرضت الولايات المتحدة عقوبات على الحرس الثوري الإيراني."), ["united_states sanctions irgc", "irgc part_of iran"])
        XCTAssertEqual(edges("Armenia and Azerbaijan initialled a peace agreement in Washington."), ["armenia cooperates_with azerbaijan"])
    }

    func testTwoPeopleWhoMetAThirdTogetherAreTheDocumentsPair() {
        let text = "Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin "
            + "in Beijing. Croatia, which borders both countries, was not invited."
        let found = edges(text, date: "2025-09-02")
        XCTAssertTrue(found.isSuperset(of: ["croatia borders hungary", "croatia borders serbia"]), "\(found)")
        XCTAssertFalse(found.contains("croatia borders russia"), "\(found)")
    }

    func testFreezingItsParticipationKeepsAMembershipAndAYearQualifiesAnEventNoun() {
        XCTAssertEqual(edges("Armenia froze its participation in the CSTO in 2024."), ["armenia member_of csto"])
        XCTAssertEqual(edges("Israel's 2024 offensive on Lebanon killed thousands."), ["israel attacks lebanon"])
    }
}
