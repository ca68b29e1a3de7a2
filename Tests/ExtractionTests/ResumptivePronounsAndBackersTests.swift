import XCTest
import EntityGraph
@testable import Extraction

/// Relative clauses that take their head back as a pronoun, agent nouns whose possessor is their
/// object, partners named as a dual, titles opened by a membership noun, Xinhua-style datelines,
/// an invasion told with its agent's pronoun, and "It" opening a sentence.
final class ResumptivePronounsAndBackersTests: XCTestCase {
    func testRelativeClauseVerbTakesItsHeadBackAsObject() {
        XCTAssertEqual(edges("وتحدث الوزير عن منظمة معاهدة الأمن الجماعي التي انضمت إليها كازاخستان عام 1994."),
                       ["kazakhstan member_of csto"])
    }

    func testResumptivePronounWithoutASubjectAfterItGivesNoEdge() {
        XCTAssertEqual(edges("وتحدث الوزير عن منظمة معاهدة الأمن الجماعي التي انضمت إليها قبل ثلاثين عاما."), [])
    }

    func testDualOfPartnerIsCooperation() {
        XCTAssertEqual(edges("وقال الوزير إن كازاخستان وأوزبكستان شريكان موثوقان."), ["kazakhstan cooperates_with uzbekistan"])
    }

    func testPossessorOfABackerIsWhatIsBacked() {
        XCTAssertEqual(edges("Lithuania has long been one of Moldova's most vocal backers."), ["lithuania supports moldova"])
        XCTAssertEqual(edges("Denmark, Ukraine's third-largest backer, announced a new package."), ["denmark supports ukraine"])
        XCTAssertEqual(edges("Latvia and Finland are among Georgia's strongest supporters in Brussels."),
                       ["latvia supports georgia", "finland supports georgia"])
    }

    func testBackersWithNothingBeforeThemBackNobodyNamed() {
        XCTAssertEqual(edges("Ukraine's backers gathered at the Ramstein air base."), [])
    }

    func testPersonAfterAMembershipTitleIsTheVerbsSubject() {
        let text = "استقبل عضو مجلس الدولة ووزير الخارجية الصيني وانغ يي في بكين مع وزير الخارجية الباكستاني إسحاق دار."
        XCTAssertTrue(edges(text, date: "2025-05-20").contains("ishaq_dar met_with wang_yi"))
    }

    func testXinhuaDatelineOutletIsNoPartyOfTheStory() {
        let text = "موسكو 3 مارس 2025 (شينخوا) التقى وزير الخارجية الروسي سيرغي لافروف في موسكو مع نظيره الإيراني عباس عراقجي."
        let found = edges(text)
        XCTAssertTrue(found.contains("araghchi met_with lavrov") || found.contains("lavrov met_with araghchi"))
        XCTAssertFalse(found.contains { $0.contains("xinhua") })
    }

    func testInvasionLaunchedWithTheAgentsPronounIsAgainstItsWarTarget() {
        XCTAssertEqual(edges("Poland has hosted refugees since Russia launched its full-scale invasion in February 2022.", date: "2025-02-24"),
                       ["russia attacks ukraine"])
    }

    func testItOpeningASentenceIsThePreviousSentencesSubject() {
        let found = edges("Latvia joined the EU in 2004. It borders Belarus to the southeast.")
        XCTAssertTrue(found.contains("latvia borders belarus") || found.contains("belarus borders latvia"))
    }

    func testItAfterASentenceOpenedByAPersonStandsForNobody() {
        XCTAssertEqual(edges("Rinkevics spoke to reporters in Riga. It borders Belarus to the southeast."), [])
    }
}
