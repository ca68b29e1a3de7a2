import XCTest
import EntityGraph
@testable import Extraction

/// A companion's English title with its portfolio ("accompanied by Trade Minister ...") serves
/// the accompanied person's state; a titled name set off by a comma before another title holds
/// it too ("..., the leader of the ... Movement"), and a capitalised party noun names a party
/// while a lower-case one names none; "the two presidents" are the last two presidents; the
/// owner of forces named after an event noun deploys them; a meeting "في منتجع سوتشي" is held
/// there with no one; "وهي عضو في" keeps the sentence's subject; a verb of strengthening joined
/// by و keeps the subject of the clause before it; West African bodies and leaders are known.
final class CompanionsPartiesAndPresidentPairsTests: XCTestCase {
    func testACompanionWithAPortfolioServesTheAccompaniedState() {
        let text = """
        Kenyan President William Ruto met Chinese President Xi Jinping in Beijing on Thursday. \
        Ruto was accompanied by Trade Minister Lee Kinyanjui.
        """
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-04-24")
        XCTAssertNotNil(role(graph, "lee_kinyanjui", "kenya"))
        XCTAssertNil(role(graph, "lee_kinyanjui", "china"))
    }

    func testATitledNameBeforeACommaHoldsTheTitleAfterIt() {
        let text = """
        Kenyan President William Ruto was accompanied by Energy Minister Opiyo Wandayi, the leader of the \
        Orange Democratic Movement, on his visit.
        """
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-04-24")
        XCTAssertEqual(role(graph, "opiyo_wandayi", "odm"), "leader")
        XCTAssertNotNil(role(graph, "opiyo_wandayi", "kenya"))
    }

    func testALowerCasePartyNounNamesNoParty() {
        let text = """
        Armenian Prime Minister Nikol Pashinyan said on Friday that Yerevan would quit the Collective Security Treaty \
        Organization, accusing the Russia-led alliance of abandoning Armenia.
        """
        let found = edges(text, date: "2025-06-06")
        XCTAssertTrue(found.contains("pashinyan criticizes csto"), "\(found.sorted())")
        XCTAssertFalse(found.contains("pashinyan criticizes russia"), "\(found.sorted())")
    }

    func testTheTwoPresidentsAreTheLastTwoPresidentsNamed() {
        let text = """
        U.S. President Donald Trump confronted Kenyan President William Ruto over trade on Wednesday. Ruto was accompanied \
        by Energy Minister Opiyo Wandayi, the leader of the Orange Democratic Movement. The two presidents later discussed security.
        """
        let found = edges(text, date: "2025-04-24")
        XCTAssertTrue(found.contains("trump met_with william_ruto"), "\(found.sorted())")
        XCTAssertFalse(found.contains { $0.contains("met_with") && $0.contains("opiyo_wandayi") }, "\(found.sorted())")
    }

    func testTheOwnerOfForcesAfterAnEventNounDeploysThem() {
        let found = edges("وطالبت جامعة الدول العربية بنشر قوات حفظ سلام تابعة للأمم المتحدة في السودان.", date: "2025-05-17")
        XCTAssertTrue(found.contains("united_nations deploys_to sudan"), "\(found.sorted())")
        XCTAssertFalse(found.contains("arab_league deploys_to sudan"), "\(found.sorted())")
    }

    func testAMeetingInAResortMeetsNoPlace() {
        let found = edges("زار الرئيس التركي رجب طيب أردوغان روسيا عام 2021، والتقى حينها فلاديمير بوتين في منتجع سوتشي.", date: "2025-05-17")
        XCTAssertFalse(found.contains { $0.hasSuffix("met_with sochi") || $0.hasPrefix("sochi met_with") }, "\(found.sorted())")
    }

    func testHerPronounBeforeAMemberNounKeepsTheSentencesSubject() {
        let found = edges("وتعد قطر وسيطا رئيسيا في المنطقة، وهي عضو في مجلس التعاون لدول الخليج العربية.", date: "2025-05-17")
        XCTAssertTrue(found.contains("qatar member_of gcc"), "\(found.sorted())")
    }

    func testAStrengtheningVerbJoinedByAndKeepsTheSubject() {
        let found = edges("استدعت النيجر السفير، وعززت التعاون العسكري مع روسيا.", date: "2025-05-17")
        XCTAssertTrue(found.contains("niger cooperates_with russia"), "\(found.sorted())")
    }

    func testWestAfricanBodiesAndLeadersAreKnown() {
        let text = """
        وقال رئيس مفوضية المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) عمر توراي إن الرئيس المالي آسيمي غويتا \
        لم يرد على الدعوة.
        """
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-05-17")
        XCTAssertEqual(role(graph, "omar_touray", "ecowas_commission"), "president")
        XCTAssertEqual(role(graph, "goita", "mali"), "president")
        let summit = sharedExtractor.extract(text: "Nigeria hosted a summit of ECOWAS in Abuja.", document: "t.txt", date: "2025-05-17")
        XCTAssertEqual(summit.entity(id: "ecowas")?.kind, .alliance)
    }
}
