import XCTest
import EntityGraph
@testable import Extraction

/// Ranks before an object, the UN's nisba, audiences, lists closed by ", and", meetings "joined
/// by" someone, people of one state, agents joined before a deed, deeds that are no object,
/// organisations as parties, the presidency of the leader named, and councils of their own.
final class RanksAudiencesAndPresidenciesTests: XCTestCase {
    func testARankBeforeTheObjectLeavesTheObjectSlotOpen() {
        let found = edges("استقبل الرئيس عبد الفتاح السيسي، اليوم، المشير خليفة حفتر.")
        XCTAssertTrue(found.contains("khalifa_haftar met_with sisi"), "\(found)")
    }

    func testTheUNsNisbaNamesItsEnvoysOffice() {
        let graph = sharedExtractor.extract(text: "وقال المبعوث الأممي إلى اليمن هانس غروندبرغ إن الحوار مستمر.", document: "t.txt")
        let envoys = graph.relations.filter { $0.type == .holdsRole && $0.target == "united_nations" && $0.attributes["role"] == "envoy" }
        XCTAssertEqual(envoys.map { graph.entity(id: $0.source)?.kind }, [.person], "\(graph.relations)")
    }

    func testAnAudienceIsNoObject() {
        let found = edges("وكانت المبعوثة الأممية إلى ليبيا هانا تيتيه قد قدمت خارطة طريق خلال إحاطة أمام مجلس الأمن الدولي.")
        XCTAssertFalse(found.contains { $0.contains("supports") }, "\(found)")
    }

    func testAListClosedByACommaAndAndWhoWasJoinedByThem() {
        let found = edges("Friedrich Merz was joined by the French president, Emmanuel Macron, the Polish prime minister, Donald Tusk, "
            + "and the British prime minister, Keir Starmer.")
        XCTAssertTrue(found.isSuperset(of: ["macron met_with merz", "merz met_with tusk", "merz met_with starmer"]), "\(found)")
        let clause = edges("Russia deployed missiles in Belarus, and Moscow plans more.")
        XCTAssertEqual(clause, ["russia deploys_to belarus"])
    }

    func testPeopleServingOneStateAreOneSideOfAMeeting() {
        XCTAssertFalse(edges("Trump was joined by Secretary of State Marco Rubio.").contains { $0.contains("met_with") })
        XCTAssertFalse(edges("Trump met Secretary of State Marco Rubio at the White House.").contains { $0.contains("met_with") })
    }

    func testStatesJoinedBeforeADeedWordAreItsAgents() {
        let found = edges("Israeli and US strikes hit Iranian nuclear sites.")
        XCTAssertTrue(found.isSuperset(of: ["israel attacks iran", "united_states attacks iran"]), "\(found)")
    }

    func testTheDoerOfADeedNamedAfterAVerbIsNotItsObject() {
        let suspended = edges("Iran suspended cooperation following US strikes on its nuclear facilities.")
        XCTAssertEqual(suspended, ["united_states attacks iran"])
        XCTAssertTrue(edges("Hungary condemned a Ukrainian attack on the pipeline.").contains("hungary criticizes ukraine"))
    }

    func testAPersonServingAnOrganisationSignsForIt() {
        let found = edges("Iranian Foreign Minister Abbas Araghchi and IAEA chief Rafael Grossi signed an agreement in Cairo.")
        XCTAssertTrue(found.contains("iaea cooperates_with iran"), "\(found)")
        let graph = sharedExtractor.extract(text: "Iran restricted access for the UN nuclear watchdog.", document: "t.txt")
        XCTAssertNotNil(graph.entity(id: "iaea"))
    }

    func testThePresidencyInFullIsTheLeadersStates() {
        let text = "استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء الهندي ناريندرا مودي. "
            + "وقال السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية إن اللقاء تناول التعاون."
        XCTAssertEqual(offices(ofRole: "spokesperson", in: text), ["egypt_presidency"], "\(edges(text))")
        XCTAssertTrue(edges(text).contains("egypt_presidency part_of egypt"))
        let seat = sharedExtractor.extract(text: "استقبل الرئيس التركي رجب طيب أردوغان ضيفه في مقر الرئاسة.", document: "t.txt")
        XCTAssertNil(seat.entity(id: "turkey_presidency"))
    }

    func testACouncilWithAnAdjectiveIsNoAllianceNamedBefore() {
        let found = edges("ذكرت الأمم المتحدة أن الحوار مستمر. والتقى رئيس المجلس الرئاسي الليبي محمد المنفي سفير فرنسا.")
        XCTAssertFalse(found.contains { $0.contains("united_nations") }, "\(found)")
    }
}
