import XCTest
@testable import Extraction

/// "threatened to impose tariffs on X" threatens X; the tariffs are no sanction done.
final class ThreatenedTariffsTests: XCTestCase {
    func testAThreatToImposeTariffsThreatensItsTarget() {
        let found = edges("Trump threatened to impose tariffs on Norway.", date: "2025-11-01")
        XCTAssertEqual(found, ["trump threatens norway"])
    }

    func testAThreatToImposeSanctionsThreatensEachTarget() {
        let found = edges("Trump threatened to impose sanctions on Colombia and Brazil.", date: "2025-11-01")
        XCTAssertEqual(found, ["trump threatens colombia", "trump threatens brazil"])
    }

    func testImposingTariffsIsASanction() {
        XCTAssertEqual(edges("Washington imposed tariffs on Brazil.", date: "2025-11-01"), ["united_states sanctions brazil"])
        XCTAssertEqual(attribute("modality", of: "european_union sanctions russia", in: "The EU will impose new sanctions on Russia.", date: "2025-11-01"),
                       "planned")
    }
}
