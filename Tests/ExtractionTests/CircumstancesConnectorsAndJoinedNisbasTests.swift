import XCTest
@testable import Extraction

/// Short circumstances between a verb and its object, Arabic name connectors, nouns with their
/// adjectives, relative clauses of verbs, talks after a clause opener, plural titles with an
/// unknown second name and nisbas joined to a nisba object.
final class CircumstancesConnectorsAndJoinedNisbasTests: XCTestCase {
    func testACircumstanceWithoutCommasStandsBetweenTheVerbAndItsObject() {
        XCTAssertTrue(edges("ويلتقي لافروف خلال الزيارة الرئيس الصيني شي جين بينغ.").contains("lavrov met_with xi_jinping"))
        XCTAssertTrue(edges("Lavrov will meet during the trip Chinese President Xi Jinping.").contains("lavrov met_with xi_jinping"))
    }

    func testAnArabicNameConnectorDoesNotCountAmongTheNamesWords() {
        let graph = sharedExtractor.extract(text: "التقى وزير الخارجية السنغالي شيخ نيانغ نظيره الموريتاني أحمد سالم ولد بوحبيني في نواكشوط.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name).sorted(), ["Ahmd Salm Old Bohbini", "Shikh Niangh"])
    }

    func testANounAndItsAgreeingAdjectiveAreNoName() {
        let graph = sharedExtractor.extract(text: "وسلم المسؤول الموريتاني رسالة خطية إلى الرئيس.", document: "t.txt")
        XCTAssertTrue(graph.entities.filter { $0.kind == .person }.isEmpty, "\(graph.entities.map(\.name))")
    }

    func testARelativeClauseOfAVerbHasItsHeadForSubject() {
        XCTAssertTrue(edges("وتأتي الزيارة وسط توتر بين تونس وليبيا، التي قطعت علاقاتها الدبلوماسية مع تونس العام الماضي.")
            .contains("libya sanctions tunisia"))
        XCTAssertTrue(edges("الأسلحة التي نشرتها روسيا في بيلاروس.").contains("russia deploys_to belarus"))
    }

    func testTheTalksAfterAClauseOpenerAreHeldByTheActorAfterIt() {
        let found = edges("Egyptian Foreign Minister Badr Abdelatty met Hamas officials, while Qatar's prime minister held a call with Steve Witkoff.")
        XCTAssertFalse(found.contains { $0.hasPrefix("abdelatty met_with witkoff") }, "\(found)")
    }

    func testAPluralTitleGivesAnUnknownSecondNameTheFirstsOffice() {
        let found = edges("US envoys Steve Witkoff and Dan Brennan are expected in Cairo.")
        XCTAssertTrue(found.contains("dan_brennan holds_role united_states"), "\(found)")
        XCTAssertFalse(edges("US envoy Steve Witkoff and Dan Brennan are expected in Cairo.").contains("dan_brennan holds_role united_states"))
    }

    func testNisbasJoinedToANisbaObjectAreObjectsToo() {
        XCTAssertTrue(edges("A Hamas delegation met Egyptian and Qatari mediators on Sunday.").contains("hamas met_with qatar"))
        XCTAssertTrue(edges("والتقى وفد حماس الوسطاء المصريين والقطريين في القاهرة.").contains("hamas met_with qatar"))
    }
}
