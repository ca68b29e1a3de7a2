import XCTest
import EntityGraph
@testable import Extraction

/// A spokesman for a person serves that person's state, for a body that body; a lower-case word
/// is no given name ("for Tinubu"); a partitive after a list opener ("لكل من") is a verb's
/// object; Boko Haram, ISWAP and the African Union Commission are in the lexicon.
final class SpokesmenPartitivesAndWestAfricaTests: XCTestCase {
    func testASpokesmanForAPersonServesThatPersonsState() {
        let text = "Nigerian President Bola Tinubu spoke on Sunday. Daniel Bwala, a spokesman for Tinubu, told Reuters it was fine."
        XCTAssertEqual(edges(text, date: "2025-11-02"), ["bola_tinubu holds_role nigeria", "daniel_bwala holds_role nigeria"])
    }

    func testASpokesmanForABodyHoldsHisRoleThere() {
        let graph = sharedExtractor.extract(text: "John Kirby, a spokesman for the White House, said it.", document: "t.txt", date: "2024-05-02")
        XCTAssertEqual(role(graph, "john_kirby", "white_house"), "spokesperson")
    }

    func testAPartitiveAfterAListOpenerIsTheObject() {
        let found = edges("وتستضيف جيبوتي قواعد عسكرية لكل من الولايات المتحدة والصين.", date: "2025-02-15")
        XCTAssertEqual(found, ["united_states deploys_to djibouti", "china deploys_to djibouti"])
    }

    func testArmedGroupsOfWestAfrica() {
        let graph = sharedExtractor.extract(text: "Nigeria has been battling Boko Haram and its offshoot Islamic State West Africa Province.",
                                            document: "t.txt", date: "2025-11-02")
        XCTAssertEqual(graph.entity(id: "boko_haram")?.kind, .organization)
        XCTAssertEqual(graph.entity(id: "iswap")?.kind, .organization)
        XCTAssertFalse(graph.contains(id: "isis"))
        XCTAssertTrue(sharedExtractor.extract(text: "هاجمت جماعة بوكو حرام قرية في شمال نيجيريا.", document: "t.txt", date: "2025-11-02")
            .contains(id: "boko_haram"))
    }

    func testTheAfricanUnionCommissionIsPartOfTheUnion() {
        let found = edges("انتخب القادة محمود علي يوسف رئيسا لمفوضية الاتحاد الأفريقي.", date: "2025-02-15")
        XCTAssertTrue(found.contains("au_commission part_of african_union"), "\(found)")
    }
}
