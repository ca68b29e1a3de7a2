import XCTest
@testable import Extraction

/// Threats against what a nisba names, mutual defence treaties, and derived present verbs after
/// a kind noun that name nothing.
final class ThreatsTreatiesAndDerivedVerbsTests: XCTestCase {
    func testAThreatAgainstWhatANisbaNamesThreatensItsStates() {
        let found = edges("وقال المتحدث باسم الحوثيين يحيى سريع إن الهجوم رد على العدوان، متوعداً بمواصلة العمليات ضد السفن الإسرائيلية والأميركية.")
        XCTAssertTrue(found.contains("yahya_saree threatens israel"), "\(found)")
        XCTAssertTrue(found.contains("yahya_saree threatens united_states"), "\(found)")
    }

    func testAMutualDefenseTreatyMakesAllies() {
        XCTAssertTrue(edges("Russia and North Korea expanded cooperation under a mutual defense treaty.").contains("north_korea allied_with russia"))
    }

    func testADerivedPresentVerbAfterACompanyNounNamesNothing() {
        let graph = sharedExtractor.extract(text: "وقالت الجماعة إن السفينة تابعة لشركة تتعامل مع موانئ إسرائيل.", document: "t.txt")
        XCTAssertFalse(graph.entities.contains { $0.kind == .organization && $0.id != "houthis" }, "\(graph.entities.map(\.id))")
    }
}
