import XCTest
import EntityGraph
@testable import Extraction

/// A name ending with a ruling family's name runs past three words; the lexicon knows
/// Venezuela's Cartel de los Soles and Tren de Aragua; suspended intelligence sharing reduces
/// relations.
final class DynastiesCartelsAndSuspensionsTests: XCTestCase {
    func testANameEndingWithARulingFamilyRunsPastThreeWords() {
        let text = "وقال وزير الداخلية الكويتي الشيخ فهد يوسف سعود الصباح إن الزيارة مهمة."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "fhd_iosf_saod_alsbah", "kuwait"), "interior_minister")
    }

    func testTheCartelDeLosSolesIsDesignated() {
        XCTAssertEqual(edges("The United States designated the Cartel de los Soles as a foreign terrorist organization.", date: "2025-11-20"),
                       ["united_states sanctions cartel_de_los_soles"])
    }

    func testSuspendedIntelligenceSharingReducesRelations() {
        let text = "Colombia, whose President Gustavo Petro has criticized the strikes, suspended intelligence sharing with the United States."
        XCTAssertTrue(edges(text, date: "2025-11-20").contains("colombia sanctions united_states"))
    }
}
