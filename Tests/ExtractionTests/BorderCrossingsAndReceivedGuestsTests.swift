import XCTest
@testable import Extraction

/// Closing a border crossing named by an indefinite or dual noun is a sanction; a guest
/// received by someone in a relative clause met them.
final class BorderCrossingsAndReceivedGuestsTests: XCTestCase {
    func testClosingCrossingsWithAStateSanctionsIt() {
        XCTAssertEqual(edges("وأغلقت فنلندا معبرين حدوديين مع روسيا."), ["finland sanctions russia"])
        XCTAssertEqual(edges("Latvia closed a crossing with Belarus."), ["latvia sanctions belarus"])
    }

    func testClosingAnAirportIsNoSanction() {
        XCTAssertFalse(edges("وأغلقت ليتوانيا مطار فيلنيوس أمام الرحلات القادمة من بيلاروس.").contains("lithuania sanctions belarus"))
    }

    func testAGuestReceivedInARelativeClauseMetTheHost() {
        let found = edges("Wang Yi, who was also received by President Kassym-Jomart Tokayev, said China valued the partnership.",
                          date: "2025-11-01")
        XCTAssertTrue(found.contains("tokayev met_with wang_yi") || found.contains("wang_yi met_with tokayev"), "\(found)")
    }

    func testTheOwnerOfAPossessiveRelativeIsNotTheOneAccused() {
        let found = edges("Kobakhidze, whose ruling Georgian Dream party has been accused by the European Union of backsliding, "
                          + "said Tbilisi would deepen cooperation with Baku.", date: "2025-11-01")
        XCTAssertTrue(found.contains("european_union criticizes georgian_dream"), "\(found)")
        XCTAssertFalse(found.contains("european_union criticizes kobakhidze"), "\(found)")
    }
}
