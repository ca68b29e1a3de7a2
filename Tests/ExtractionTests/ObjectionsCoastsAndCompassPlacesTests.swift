import XCTest
@testable import Extraction

/// Objecting to an agreement, warships off a coast, and a state named in a compass phrase.
final class ObjectionsCoastsAndCompassPlacesTests: XCTestCase {
    func testObjectingToAnAgreementCriticisesTheStateThatSignedIt() {
        let text = "وتعترض أثينا على مذكرة التفاهم البحرية التي وقعتها تركيا مع حكومة طرابلس."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("greece criticizes turkey"), "\(edges(text, date: "2025-11-01"))")
    }

    func testWarshipsOffAStatesCoastAreDeployedThere() {
        let text = "وكانت اليونان قد نشرت سفنا حربية قبالة السواحل الليبية بعد ارتفاع أعداد المهاجرين الواصلين إلى جزيرة كريت."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["greece deploys_to libya"])
    }

    func testOffEndsWhatIsDeployed() {
        XCTAssertEqual(attribute("what", of: "united_states deploys_to venezuela", in: "The United States deployed warships off Venezuela.", date: "2025-11-01"), "warships")
    }

    func testAStateInACompassPhraseIsNoPartyToAMeeting() {
        let text = "وانتقل وزير الخارجية اليوناني جيرابيتريتيس إلى بنغازي، حيث استقبله قائد القوات المسلحة في شرق ليبيا المشير خليفة حفتر."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("gerapetritis met_with khalifa_haftar"), "\(found)")
        XCTAssertFalse(found.contains("gerapetritis met_with libya"))
    }
}
