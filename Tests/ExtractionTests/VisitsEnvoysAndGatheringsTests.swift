import XCTest
@testable import Extraction

/// Meetings during a visit, shared titles that name no lexicon holder, gatherings that brought
/// two together, the construct agent of support after a speech verb, a state speaking through a
/// participle, and the Gulf of Finland.
final class VisitsEnvoysAndGatheringsTests: XCTestCase {
    func testTheVisitorMeetsThoseNamedAfterDuringIt() {
        let text = "وصل وزير الخارجية المصري بدر عبد العاطي إلى بغداد في زيارة رسمية، التقى خلالها رئيس الوزراء محمد شياع السوداني."
        let found = edges(text)
        XCTAssertTrue(found.contains("abdelatty met_with al_sudani"), "\(found)")
    }

    func testASharedTitleAloneNamesNoLexiconHolder() {
        let graph = sharedExtractor.extract(text: "Estonia summoned the Russian envoy on Friday.", document: "t.txt", date: "2025-09-19")
        XCTAssertNil(graph.entity(id: "dmitriev"))
        XCTAssertTrue(graph.relations.contains { $0.source == "estonia" && $0.type == .criticizes && $0.target == "russia" }, "\(graph.relations)")
    }

    func testAGatheringThatBroughtTwoTogetherIsAMeeting() {
        XCTAssertTrue(edges("وجاء القرار بعد لقاء جمع الرئيس دونالد ترامب بالرئيس السوري أحمد الشرع في الرياض.").contains("al_sharaa met_with trump"))
    }

    func testSupportInConstructAfterASpeechVerbIsItsAgents() {
        let text = "وأكد الوزير فيدان دعم تركيا لوحدة سوريا واستقرارها."
        XCTAssertTrue(edges(text).contains("turkey supports syria"), "\(edges(text))")
    }

    func testAStateSpeaksThroughAParticipleAfterAComma() {
        let text = "وقال عبد العاطي إن الزيارة ناجحة. وأدانت مصر الغارات الإسرائيلية على لبنان، معتبرة أنها انتهاك للسيادة."
        XCTAssertFalse(edges(text).contains("abdelatty criticizes israel"), "\(edges(text))")
    }

    func testTheGulfOfFinlandIsNoFinland() {
        let graph = sharedExtractor.extract(text: "Russian jets flew over the Gulf of Finland.", document: "t.txt")
        XCTAssertNil(graph.entity(id: "finland"))
        XCTAssertNotNil(graph.entity(id: "gulf_of_finland"))
    }
}
