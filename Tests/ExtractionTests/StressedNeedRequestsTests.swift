import XCTest
import EntityGraph
@testable import Extraction

/// Stressing the need for someone to act asks them to.
final class StressedNeedRequestsTests: XCTestCase {
    func testStressingTheNeedForAStateToActRequestsIt() {
        let arabic = edges("وأكد الرئيس الفرنسي إيمانويل ماكرون ضرورة أن تفرج إيران عن المواطنين الفرنسيين.")
        XCTAssertTrue(arabic.contains("macron requests iran"), "\(arabic)")
        let english = edges("Lavrov stressed the need for Washington to respect Russia's interests.")
        XCTAssertTrue(english.contains("lavrov requests united_states"), "\(english)")
    }

    func testANeedWithNoOneNamedRequestsNoOne() {
        let found = edges("وأكد الرئيس الفرنسي إيمانويل ماكرون ضرورة أن يتم وقف إطلاق النار.")
        XCTAssertFalse(found.contains { $0.contains("requests") }, "\(found)")
    }
}
