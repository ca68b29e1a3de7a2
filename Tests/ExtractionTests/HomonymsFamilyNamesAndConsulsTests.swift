import XCTest
@testable import Extraction

/// A capital spelled like a state, family names written first, consuls named after their
/// posting, vice ministers, standing by a state in construct, and the deed a condemnation takes
/// with ل.
final class HomonymsFamilyNamesAndConsulsTests: XCTestCase {
    func testAmmanIsReadInAStoryThatNamesJordanAndOmanOtherwise() {
        let jordanian = sharedExtractor.extract(text: "التقى وزير الخارجية الأردني أيمن الصفدي نظيره السوري في عمان.", document: "t.txt")
        XCTAssertNotNil(jordanian.entity(id: "amman"))
        XCTAssertNil(jordanian.entity(id: "oman"))
        let omani = sharedExtractor.extract(text: "وصل وزير الخارجية الإيراني عباس عراقجي إلى عمان في زيارة رسمية.", document: "t.txt")
        XCTAssertNotNil(omani.entity(id: "oman"))
        XCTAssertNil(omani.entity(id: "amman"))
    }

    func testStandingByAStateInConstructIsTheAgentsSupport() {
        let text = "وأكد الصفدي وقوف المملكة الأردنية الهاشمية إلى جانب سوريا في جهود إعادة البناء."
        XCTAssertTrue(edges(text).contains("jordan supports syria"), "\(edges(text))")
    }

    func testACondemnationTakesItsDeedWithLamAsADeedNotAnAim() {
        let text = "وأكد الصفدي إدانة الأردن للاعتداءات الإسرائيلية على الأراضي السورية."
        XCTAssertTrue(edges(text).contains("jordan criticizes israel"), "\(edges(text))")
        XCTAssertNil(attribute("modality", of: "israel attacks syria", in: text))
        XCTAssertNotNil(attribute("what", of: "israel attacks syria", in: text))
    }

    func testAForeignMinisterWithExpatriatesInTheTitle() {
        let graph = sharedExtractor.extract(text: "بحث وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي مع نظيره السوري.", document: "t.txt")
        XCTAssertEqual(role(graph, "safadi", "jordan"), "foreign_minister")
    }

    func testAFamilyNameWrittenFirstNamesThePersonLater() {
        let text = "China's Vice Foreign Minister Sun Weidong summoned the Japanese ambassador. Sun demanded that Tokyo retract the remarks."
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        XCTAssertEqual(role(graph, "sun_weidong", "china"), "deputy_foreign_minister")
        XCTAssertNotNil(graph.relation(source: "sun_weidong", type: .requests, target: "japan"), "\(graph.relations)")
    }

    func testAConsulNamedInAppositionAfterAnUnknownPosting() {
        let text = "Japan lodged a counter-protest over a post by the Chinese consul general in Osaka, Xue Jian, on Monday."
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        XCTAssertEqual(role(graph, "xue_jian", "china"), "consul_general")
        XCTAssertNotNil(graph.relation(source: "japan", type: .criticizes, target: "xue_jian"), "\(graph.relations)")
    }
}
