import XCTest
@testable import Extraction

/// A gerund after a speech verb, a time phrase and a comma is the speaker's.
final class SpeakersAfterTimePhrasesTests: XCTestCase {
    func testAMeetingAfterSaidOnFridayIsTheSpeakers() {
        let found = edges("Iceland will hold a referendum, Prime Minister Kristrun Frostadottir said on Friday, after meeting European Commission "
            + "President Ursula von der Leyen in Reykjavik.")
        XCTAssertTrue(found.contains("kristrun_frostadottir met_with von_der_leyen"), "\(found)")
        XCTAssertFalse(found.contains("iceland met_with von_der_leyen"), "\(found)")
    }
}
