import XCTest
import EntityGraph
@testable import Extraction

/// "البلدين" is the two states its sentence named by nisbas alone, not the last two states of
/// earlier sentences; "West Africa" is a region, not the West.
final class NisbaPairsAndRegionsTests: XCTestCase {
    func testThePairIsTheTwoStatesItsSentenceNamedByNisbas() {
        let text = """
        تركيا تحذر وإيران ترد. وصلت إلى العاصمة العراقية بغداد طائرة سعودية تقل وفدا رسميا، في أول زيارة منذ توقيع البلدين \
        اتفاقية للتعاون الأمني.
        """
        let found = edges(text, date: "2025-03-10")
        XCTAssertTrue(found.contains("iraq cooperates_with saudi_arabia"), "\(found.sorted())")
        XCTAssertFalse(found.contains("iran cooperates_with turkey"), "\(found.sorted())")
    }

    func testWestAfricaIsARegionNotTheWest() {
        let graph = sharedExtractor.extract(text: "Spain's prime minister began a tour of West Africa on Tuesday.", document: "t.txt", date: "2024-08-27")
        XCTAssertNil(graph.entity(id: "west"))
        XCTAssertEqual(graph.entity(id: "west_africa")?.kind, .place)
    }
}
