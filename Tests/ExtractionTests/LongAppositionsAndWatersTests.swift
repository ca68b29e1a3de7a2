import XCTest
@testable import Extraction

/// A subject before a long apposition with bracketed acronyms, a state's waters and airspace,
/// and the name "Cabo Verde".
final class LongAppositionsAndWatersTests: XCTestCase {
    func testASubjectActsPastALongAppositionWithAcronyms() {
        let text = "Cape Verde, a member of the Economic Community of West African States (ECOWAS) and the Community of Portuguese Language Countries (CPLP), has also strengthened ties with China."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["cape_verde member_of ecowas", "cape_verde member_of cplp", "cape_verde cooperates_with china"])
    }

    func testAStatesWatersStandForTheState() {
        XCTAssertEqual(edges("Portugal will deploy a patrol vessel to Cape Verdean waters.", date: "2025-11-01"), ["portugal deploys_to cape_verde"])
    }

    func testAStatesAirspaceStandsForTheState() {
        XCTAssertEqual(entityKinds(in: "Drones entered Polish airspace on Tuesday."), ["poland state"])
    }

    func testCaboVerdeIsCapeVerde() {
        XCTAssertEqual(edges("Portugal signed a defence agreement with Cabo Verde.", date: "2025-11-01"), ["cape_verde cooperates_with portugal"])
    }
}
