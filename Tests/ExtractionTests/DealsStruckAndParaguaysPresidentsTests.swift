import XCTest
@testable import Extraction

/// Deals struck between two governments or with several states, and Paraguay's presidents in the
/// lexicon.
final class DealsStruckAndParaguaysPresidentsTests: XCTestCase {
    func testDealsStruckBetweenAndWithStates() {
        XCTAssertEqual(edges("Five men arrived under a deal struck between the two governments, Eswatini and the United States. Washington has struck similar deals with Rwanda and Uganda.", date: "2025-07-17"),
                       ["eswatini cooperates_with united_states", "rwanda cooperates_with united_states", "uganda cooperates_with united_states"])
    }

    func testParaguaysPresidentsAreKnown() {
        let graph = sharedExtractor.extract(text: "وكانت باراغواي قد نقلت سفارتها إلى القدس في عهد الرئيس هوراسيو كارتيس، قبل أن يعيدها خلفه ماريو عبدو بينيتيز إلى تل أبيب.",
                                            document: "t.txt", date: "2025-12-11")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["abdo_benitez", "horacio_cartes"])
        XCTAssertTrue(edges("قال الرئيس الباراغوياني إن بلاده لن تغير موقفها.", date: "2025-12-11").contains("santiago_pena holds_role paraguay"))
    }
}
