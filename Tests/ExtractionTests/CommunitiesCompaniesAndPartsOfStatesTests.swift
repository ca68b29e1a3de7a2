import XCTest
import EntityGraph
@testable import Extraction

/// A community's leader is no state's; company names ending in a foreign company word; a given
/// name spelled like a place after a descriptor; organisations whose name holds their state; an
/// office that is a part of a state named after the state's possessive.
final class CommunitiesCompaniesAndPartsOfStatesTests: XCTestCase {
    private func entity(labelled label: String, in graph: EntityGraph) -> Entity? {
        graph.entities.first { $0.labels.values.contains(label) }
    }

    func testACommunityLeaderHoldsNoRoleInEitherState() {
        XCTAssertEqual(edges("Bosnian Serb leader Milorad Dodik met Putin.", date: "2025-04-01"), ["milorad_dodik met_with putin"])
    }

    func testACompanyNameEndingInAForeignCompanyWordIsOneName() {
        let graph = sharedExtractor.extract(text: "وأجبرت السلطات طائرة تابعة لشركة رايان إير على الهبوط.", document: "t.txt", date: "2021-05-24")
        XCTAssertEqual(entity(labelled: "رايان إير", in: graph)?.kind, .organization)
    }

    func testAGivenNameSpelledLikeAPlaceAfterADescriptor() {
        let graph = sharedExtractor.extract(text: "واعتقلت السلطات صديقته الروسية صوفيا سابيغا.", document: "t.txt", date: "2021-05-24")
        XCTAssertEqual(entity(labelled: "صوفيا سابيغا", in: graph)?.kind, .person)
        XCTAssertFalse(graph.contains(id: "sofia"))
    }

    func testAnOrganisationWhoseNameHoldsItsStateIsPartOfIt() {
        XCTAssertEqual(edges("وصل وفد من إقليم كردستان العراق إلى طهران.", date: "2024-05-24"), ["iran met_with kurdistan_region", "kurdistan_region part_of iraq"])
        XCTAssertEqual(edges("Iraqi Kurdistan leaders met in Erbil.", date: "2024-05-24"), ["kurdistan_region part_of iraq"])
        XCTAssertEqual(edges("وصل وفد من إقليم كردستان إلى طهران.", date: "2024-05-24"), ["iran met_with kurdistan_region"])
    }

    func testAnOfficeThatIsAPartOfTheStateAfterItsPossessive() {
        let text = "Bosnian Serb leader Milorad Dodik met Putin. Dodik, the president of Bosnia's Serb-run entity, Republika Srpska, said he was pleased."
        XCTAssertEqual(edges(text, date: "2025-04-01"), ["milorad_dodik met_with putin"])
    }
}
