import XCTest
import EntityGraph
@testable import Extraction

/// Accusations two states trade criticise both ways and allege no joint deed; a name whose
/// parts are glued by hyphens after a lower-case particle ("Anwaar-ul-Haq").
final class TradedAccusationsAndHyphenedNamesTests: XCTestCase {
    func testStatesAccusingEachOtherCriticiseBothWays() {
        let found = edges("""
            Iran attacked Pakistan on Tuesday. The two neighbours share a long border and have long accused each other of allowing \
            militants to operate from their territory.
            """, date: "2024-01-18")
        XCTAssertTrue(found.isSuperset(of: ["iran criticizes pakistan", "pakistan criticizes iran", "iran borders pakistan"]), "\(found)")
        XCTAssertFalse(found.contains("iran cooperates_with pakistan"), "\(found)")
    }

    func testTradedAccusations() {
        XCTAssertTrue(edges("وتبادلت إيران وباكستان الاتهامات بإيواء مسلحين.", date: "2024-01-18")
            .isSuperset(of: ["iran criticizes pakistan", "pakistan criticizes iran"]))
        XCTAssertTrue(edges("Armenia and Azerbaijan traded accusations over the shooting.", date: "2024-01-18")
            .isSuperset(of: ["armenia criticizes azerbaijan", "azerbaijan criticizes armenia"]))
        XCTAssertEqual(edges("وتبادلت روسيا وأوكرانيا الأسرى.", date: "2024-01-18"), ["russia cooperates_with ukraine"])
    }

    func testANameWithHyphenedParticles() {
        let graph = sharedExtractor.extract(text: "ISLAMABAD (Reuters) - Caretaker Prime Minister Anwaar-ul-Haq Kakar cut short a visit.",
                                            document: "t", date: "2024-01-18")
        XCTAssertEqual(graph.entity(id: "anwaarulhaq_kakar")?.kind, .person)
    }
}
