import XCTest
@testable import Extraction

/// The place a body sits in, and a meeting noun's owner after "وذلك" closes a reported clause.
final class BodiesPlacesAndClosedClausesTests: XCTestCase {
    func testThePlaceABodySitsInIsNotWhatItCriticises() {
        let text = "من جهتها، انتقدت السفارة الصينية في بنما تصريحات هيغسث، واتهمت واشنطن باستخدام الابتزاز."
        let found = edges(text, date: "2025-11-01")
        XCTAssertFalse(found.contains("china criticizes panama"), "\(found)")
        XCTAssertTrue(found.contains("china criticizes united_states"), "\(found)")
    }

    func testTheSpeakerOwnsAMeetingAfterAClosedReportedClause() {
        let text = "قال وزير الدفاع الأمريكي بيت هيغسث إن الولايات المتحدة لن تسمح للصين بتهديد القناة، وذلك بعد لقائه الرئيس البنمي خوسيه راؤول مولينو."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("hegseth met_with jose_raul_mulino"), "\(found)")
        XCTAssertFalse(found.contains("jose_raul_mulino met_with united_states"))
    }
}
