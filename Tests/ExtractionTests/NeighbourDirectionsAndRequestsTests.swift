import XCTest
import EntityGraph
@testable import Extraction

/// A neighbour named with a direction adjective after its neighbour's possessive, deeds done at
/// someone's request, and Nigeria's president in the lexicon.
final class NeighbourDirectionsAndRequestsTests: XCTestCase {
    func testADirectionAdjectiveBeforeTheNeighbourNoun() {
        XCTAssertEqual(edges("Nigeria, Benin's eastern neighbour, sent fighter jets."), ["benin borders nigeria"])
        XCTAssertEqual(attribute("direction", of: "benin borders nigeria", in: "Nigeria, Benin's eastern neighbour, sent fighter jets."), "east")
    }

    func testTheOneAtWhoseRequestADeedIsDoneAskedItsDoer() {
        XCTAssertEqual(edges("Nigeria sent fighter jets into Benin at the request of the government in Cotonou."),
                       ["benin_government part_of benin", "nigeria deploys_to benin", "benin requests nigeria"])
        XCTAssertEqual(edges("أرسلت روسيا قوات إلى كازاخستان بناء على طلب الرئيس توكاييف.", date: "2025-11-01"),
                       ["russia deploys_to kazakhstan", "tokayev holds_role kazakhstan", "tokayev requests russia"])
    }

    func testNoRequestBetweenPeopleOfOneState() {
        XCTAssertEqual(edges("Russian Foreign Minister Sergei Lavrov flew to Pyongyang at the request of Russian President Vladimir Putin.",
                             date: "2025-11-01"),
                       ["lavrov holds_role russia", "lavrov met_with north_korea", "putin holds_role russia"])
    }

    func testTinubuIsNigeriasPresident() {
        XCTAssertEqual(edges("Nigeria sent jets, President Bola Tinubu's office said.", date: "2025-12-07"), ["bola_tinubu holds_role nigeria"])
    }
}
