import XCTest
@testable import Extraction

/// Candidates named after their party or an adjective, with given names such as "نصري" and
/// "سلفادور", and a compound family name read whole.
final class CandidatesWithCompoundSurnamesTests: XCTestCase {
    func testACandidateAfterHisPartyIsAPerson() {
        XCTAssertEqual(edges("أعلن ترامب دعمه لمرشح الحزب الوطني المحافظ نصري عصفورة.", date: "2025-11-01"), ["trump supports nsri_asfora"])
    }

    func testACompoundFamilyNameIsReadWhole() {
        let found = edges("واتهم المرشح الليبرالي سلفادور نصر الله واشنطن بالتدخل.", date: "2025-11-01")
        XCTAssertTrue(found.contains("slfador_nsr_allh criticizes united_states"), "\(found)")
    }
}
