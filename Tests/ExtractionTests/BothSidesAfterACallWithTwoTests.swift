import XCTest
import EntityGraph
@testable import Extraction

/// "Both sides" after one person met or spoke with two others of two other states, joined by
/// "and": those two, not the first person's side.
final class BothSidesAfterACallWithTwoTests: XCTestCase {
    func testBothSidesAreTheTwoSpokenWith() {
        let found = edges("Malaysian Prime Minister Anwar Ibrahim spoke by phone with Cambodian Prime Minister Hun Manet and Thai Prime Minister Anutin Charnvirakul and urged both sides to sign a truce.")
        XCTAssertTrue(found.contains("cambodia cooperates_with thailand"), "\(found)")
        XCTAssertFalse(found.contains("cambodia cooperates_with malaysia"), "\(found)")
    }
}
