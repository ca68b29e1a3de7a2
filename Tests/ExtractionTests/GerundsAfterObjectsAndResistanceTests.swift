import XCTest
import EntityGraph
@testable import Extraction

/// "after meeting" after a verb's object is the main subject's meeting, and a deed someone
/// resisted pressure to do was not done.
final class GerundsAfterObjectsAndResistanceTests: XCTestCase {
    func testMeetingAfterAVerbsObjectIsTheSubjects() {
        let found = edges("Vucic thanked China after meeting Chinese Ambassador Li Ming.")
        XCTAssertTrue(found.contains("li_ming met_with vucic"), "\(found)")
        XCTAssertFalse(found.contains("china met_with serbia"), "\(found)")
    }

    func testMeetingAfterAPossessiveIsTheSubjects() {
        let found = edges("Vucic thanked China for its support for Serbia's integrity after meeting Chinese Ambassador Li Ming.")
        XCTAssertTrue(found.contains("li_ming met_with vucic"), "\(found)")
        XCTAssertFalse(found.contains("china met_with serbia"), "\(found)")
    }

    func testMeetingAfterASpeakerIsTheSpeakers() {
        let found = edges("Guatemala will accept more deportees, President Bernardo Arevalo said after meeting U.S. Secretary of State Marco Rubio.")
        XCTAssertTrue(found.contains("bernardo_arevalo met_with rubio"), "\(found)")
        XCTAssertFalse(found.contains("guatemala met_with rubio"), "\(found)")
    }

    func testResistedPressureToSanctionIsNoSanction() {
        let found = edges("Vucic, who has resisted Western pressure to impose sanctions on Russia, spoke in Belgrade.")
        XCTAssertFalse(found.contains { $0.contains("sanctions russia") }, "\(found)")
    }
}
