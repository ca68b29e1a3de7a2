import XCTest
@testable import Extraction

/// Supporting an accession supports the state that joins, when the accession is the verb's own
/// object.
final class SupportedAccessionsTests: XCTestCase {
    func testSupportingAStatesAccessionSupportsTheState() {
        let found = edges("وتدعم سلوفينيا انضمام الجبل الأسود إلى الاتحاد الأوروبي.")
        XCTAssertTrue(found.contains("slovenia supports montenegro"), "\(found)")
    }

    func testAMembershipNamedFurtherOnIsNoSupportOfItsBloc() {
        let found = edges("وأعلن ماكرون أن الدول الأربع تؤيد منح مولدوفا صفة المرشح لعضوية الاتحاد الأوروبي.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.hasSuffix("supports european_union") }, "\(found)")
    }
}
