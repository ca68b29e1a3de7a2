import XCTest
import EntityGraph
@testable import Extraction

/// Justices are judges; lower-case particles inside Latin names ("de", "von der"); a person who
/// moves abroad deploys nothing while a group does; a name right after a descriptive noun and its
/// nisbas; the Sinaloa cartel is in the lexicon.
final class JudgesParticlesAndDescribedPeopleTests: XCTestCase {
    func testAJusticeIsAJudgeOfHerState() {
        let graph = sharedExtractor.extract(text: "Brazilian Justice Flavio Dino said it.", document: "t.txt", date: "2025-07-30")
        XCTAssertEqual(role(graph, "flavio_dino", "brazil"), "judge")
    }

    func testLowerCaseParticlesBelongToLatinNames() {
        let graph = sharedExtractor.extract(text: "Brazilian Supreme Court Justice Alexandre de Moraes said it.", document: "t.txt", date: "2025-07-30")
        XCTAssertEqual(graph.entity(id: "alexandre_de_moraes")?.name, "Alexandre de Moraes")
        XCTAssertEqual(role(graph, "alexandre_de_moraes", "brazil"), "judge")
    }

    func testAPersonWhoMovesAbroadDeploysNothing() {
        XCTAssertFalse(edges("Former Brazilian President Jair Bolsonaro moved to the United States.", date: "2025-07-30")
            .contains("brazil deploys_to united_states"))
        XCTAssertTrue(edges("Wagner fighters moved to Belarus in July.", date: "2023-07-30").contains("wagner deploys_to belarus"))
    }

    func testANameRightAfterADescriptiveNounAndItsNisbas() {
        let graph = sharedExtractor.extract(text: "أفرج عن الكاتب الفرنسي الجزائري بوعلام صنصال.", document: "t.txt", date: "2025-11-12")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Boalam Snsal"])
    }

    func testTheSinaloaCartel() {
        let graph = sharedExtractor.extract(text: "صنفت واشنطن كارتل سينالوا منظمة إرهابية.", document: "t.txt", date: "2025-02-20")
        XCTAssertEqual(graph.entity(id: "sinaloa_cartel")?.kind, .organization)
    }
}
