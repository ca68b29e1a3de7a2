import XCTest
import EntityGraph
@testable import Extraction

/// The issuer of a text that a verb describes, names after a posting to bodies in a city,
/// undermined cooperation, understandings named after a capital, the subject after "where", and
/// lexicon spellings (Nebenzia, Jaish-e-Mohammed, Bhutan's king).
final class IssuedTextsPostedCitiesAndSubordinateSubjectsTests: XCTestCase {
    func testAResolutionAfterAnAsideDemandsWhatItsIssuerDemands() {
        let found = edges("وتبنى مجلس الأمن الدولي، الخميس، قرارا يطالب إسرائيل بالانسحاب من جنوب لبنان.", date: "2025-11-01")
        XCTAssertTrue(found.contains("un_security_council requests israel"), "\(found.sorted())")
        XCTAssertFalse(found.contains("israel requests lebanon"), "\(found.sorted())")
    }

    func testAStatementRightAfterItsIssuerStillNamesTheIssuer() {
        let found = edges("وأصدر الاتحاد الأوروبي بيانا يدين روسيا.", date: "2025-11-01")
        XCTAssertEqual(found, ["european_union criticizes russia"])
    }

    func testANewNameAfterAPostingToBodiesInACity() {
        let graph = sharedExtractor.extract(text: "وقال مندوب الصين الدائم لدى المنظمات الدولية في فيينا لي سونغ إن بلاده تعارض القرار.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "li_songh", "china"), "ambassador")
    }

    func testAKnownPersonAfterAPostingToBodiesInACity() {
        let graph = sharedExtractor.extract(text: "وانتقد مندوب روسيا الدائم لدى المنظمات الدولية في فيينا ميخائيل أوليانوف القرار.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "ulyanov", "russia"), "ambassador")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["ulyanov"])
    }

    func testUnderminedCooperationIsNoCooperation() {
        let found = edges("واتهمت طهران الترويكا الأوروبية بتقويض التعاون مع الوكالة الدولية للطاقة الذرية.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.contains("cooperates_with") }, "\(found.sorted())")
        XCTAssertTrue(found.contains("iran criticizes e3"), "\(found.sorted())")
    }

    func testAnUnderstandingNamedAfterACapitalLeavesItsStateOut() {
        let found = edges("وأعلن عراقجي إنهاء تفاهم القاهرة الذي وقعه مع غروسي في سبتمبر.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.hasPrefix("egypt ") || $0.hasSuffix(" egypt") }, "\(found.sorted())")
    }

    func testTheSubjectAfterWhereMeetsTheOneNamedAfterTheVerb() {
        let found = edges("Modi spoke in Thimphu, where he arrived and met Tshering Tobgay.", date: "2025-11-01")
        XCTAssertTrue(found.contains("modi met_with tshering_tobgay"), "\(found.sorted())")
    }

    func testReutersSpellingOfNebenziaIsTheKnownEnvoy() {
        let graph = sharedExtractor.extract(text: "Russia's envoy Vassily Nebenzia spoke. The Jaish-e-Mohammed group was named.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["nebenzya"])
        XCTAssertEqual(graph.entity(id: "jaish_e_mohammed")?.kind, .organization)
    }

    func testBhutansKingByHisFullName() {
        let graph = sharedExtractor.extract(text: "Modi met King Jigme Khesar Namgyel Wangchuck in Thimphu.", document: "t.txt", date: "2025-11-11")
        XCTAssertEqual(role(graph, "jigme_khesar", "bhutan"), "king")
        XCTAssertNotNil(graph.relation(source: "jigme_khesar", type: .metWith, target: "modi") ?? graph.relation(source: "modi", type: .metWith, target: "jigme_khesar"))
    }
}
