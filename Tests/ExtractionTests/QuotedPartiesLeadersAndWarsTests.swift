import XCTest
import EntityGraph
@testable import Extraction

/// A name of two words or more in quotation marks after a party's noun is a new organisation,
/// led by the person a verb of leading names after nouns that describe them; a known name in
/// quotation marks stays itself, and one word after a party's noun may be a surname; a state
/// leading a bloc is its member; criticism an actor faces names no doer; "بين وفدي X وY", a year
/// after في, "تضغط فيه X على Y", "the war in X", "as part of", a partner, the supporters, a
/// military confrontation "التي اندلعت بين" and a guest after a month are read.
final class QuotedPartiesLeadersAndWarsTests: XCTestCase {
    func testAQuotedPartyAndTheBusinessmanWhoLeadsIt() {
        let graph = sharedExtractor.extract(text: "ويواجه الرئيس انتقادات من حزب \"الجبهة الوطنية\" الذي يتزعمه رجل الأعمال الأرميني تيغران أرزاكانتسيان.",
                                            document: "t.txt", date: "2025-06-01")
        let leads = graph.relations.filter { $0.type == .holdsRole && $0.attributes["role"] == "leader" }
        XCTAssertEqual(leads.map { graph.entity(id: $0.source)?.labels["ar"] }, ["تيغران أرزاكانتسيان"])
        XCTAssertEqual(leads.map { graph.entity(id: $0.target)?.labels["ar"] }, ["الجبهة الوطنية"])
        XCTAssertEqual(leads.map { graph.entity(id: $0.target)?.kind }, [.organization])
    }

    func testAKnownNameInQuotesStaysItselfAndOneWordAfterAPartyIsNoParty() {
        XCTAssertTrue(edges("وانضمت إندونيسيا إلى مجموعة \"بريكس\" العام الماضي.", date: "2025-06-01").contains("indonesia member_of brics"))
        let graph = sharedExtractor.extract(text: "وأدينت إيفغينيا غوتسول بتمويل حزب \"شور\" المحظور.", document: "t.txt", date: "2025-06-01")
        XCTAssertFalse(graph.entities.contains { $0.kind == .organization })
    }

    func testAStateLeadingABlocIsItsMember() {
        XCTAssertTrue(edges("وتعد طاجيكستان عضوا في منظمة معاهدة الأمن الجماعي التي تقودها روسيا.", date: "2025-06-01")
            .isSuperset(of: ["russia member_of csto", "tajikistan member_of csto"]))
    }

    func testCriticismAnActorFacesIsNotItsOwn() {
        let graph = sharedExtractor.extract(text: "ويواجه كوباخيدزه انتقادات من المعارضة، لا سيما من حزب \"الحركة الوطنية المتحدة\".",
                                            document: "t.txt", date: "2025-06-01")
        XCTAssertTrue(graph.entities.contains { $0.labels["ar"] == "الحركة الوطنية المتحدة" && $0.kind == .organization })
        XCTAssertFalse(graph.relations.contains { $0.source == "kobakhidze" && $0.type == .criticizes })
    }

    func testTalksBetweenTheDelegationsOfTwoStates() {
        let found = edges("وعقدت في جدة محادثات بين وفدي الولايات المتحدة وأوكرانيا.", date: "2025-06-01")
        XCTAssertTrue(found.contains("ukraine cooperates_with united_states") || found.contains("united_states cooperates_with ukraine"))
    }

    func testAYearAfterInBetweenAVerbAndItsObject() {
        XCTAssertTrue(edges("وشنت تركيا في 2023 غارات على مواقع في أربيل.", date: "2025-06-01").contains("turkey attacks erbil"))
    }

    func testPressingAStateIsARequestAlsoWithAResumptivePronoun() {
        XCTAssertTrue(edges("وتأتي الزيارة في وقت تضغط فيه واشنطن على أنقرة لوقف شراء النفط الروسي.", date: "2025-06-01")
            .contains("united_states requests turkey"))
    }

    func testTheWarInAStateIsWagedByTheStateAtWarWithItWhenTheStoryNamesIt() {
        XCTAssertTrue(edges("Russia and India discussed trade and the war in Ukraine.", date: "2025-06-01").contains("russia attacks ukraine"))
        XCTAssertFalse(edges("Merz discussed migration and the war in Ukraine with Erdogan.", date: "2025-06-01").contains("russia attacks ukraine"))
        XCTAssertFalse(edges("Russia and India discussed the war in Ukraine.", date: "2021-06-01").contains("russia attacks ukraine"))
    }

    func testAsPartOfAMissionIsNoMembership() {
        XCTAssertFalse(edges("Italian jets deployed to Poland as part of NATO's air policing mission.").contains("italy member_of nato"))
    }

    func testAPartnerAndTheLargestSupporters() {
        let partner = edges("وتعد كازاخستان شريكا تجاريا رئيسيا للصين.", date: "2025-06-01")
        XCTAssertTrue(partner.contains("china cooperates_with kazakhstan") || partner.contains("kazakhstan cooperates_with china"))
        XCTAssertTrue(edges("وتعد فرنسا وإيطاليا من أكبر الداعمين لتونس في أوروبا.", date: "2025-06-01")
            .isSuperset(of: ["france supports tunisia", "italy supports tunisia"]))
    }

    func testAConfrontationThatBrokeOutBetweenTwoStates() {
        XCTAssertTrue(edges("وكانت المواجهة العسكرية التي اندلعت بين أرمينيا وأذربيجان قد أودت بحياة المئات.", date: "2025-06-01")
            .isSuperset(of: ["armenia attacks azerbaijan", "azerbaijan attacks armenia"]))
        XCTAssertFalse(edges("وناقش التعاون في مواجهة التحديات المشتركة بين مصر والسودان.", date: "2025-06-01").contains { $0.contains("attacks") })
    }

    func testAGuestAfterAMonthIsMet() {
        XCTAssertTrue(edges("وكان الرئيس التركي رجب طيب أردوغان قد استضاف في مارس الماضي الرئيس الأذربيجاني إلهام علييف في أنقرة.", date: "2025-06-01")
            .contains("erdogan met_with ilham_aliyev"))
    }

    func testAWarWhoseAgentTheStoryNamedByAMinister() {
        XCTAssertTrue(edges("استقبل وزير الخارجية الروسي سيرغي لافروف نظيره الهندي في موسكو.\nوبحث الجانبان إنهاء الحرب في أوكرانيا.", date: "2025-06-01")
            .contains("russia attacks ukraine"))
    }
}
