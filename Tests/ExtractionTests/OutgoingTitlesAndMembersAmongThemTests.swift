import XCTest
@testable import Extraction

/// An outgoing or designated office holder, and a bloc's members named after "بينها".
final class OutgoingTitlesAndMembersAmongThemTests: XCTestCase {
    func testAnOutgoingPrimeMinisterKeepsHisTitle() {
        let text = "وانتقد رئيس الوزراء المنتهية ولايته بيتر فيالا خطط بابيش."
        XCTAssertEqual(edges(text, date: "2025-11-20"), ["fiala holds_role czechia", "fiala criticizes babis"])
    }

    func testMembersNamedAfterAmongThemAreMembers() {
        let text = "جمعت التشيك تمويلا من نحو 15 دولة عضوا في حلف الناتو، بينها ألمانيا وهولندا والدنمارك."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["germany member_of nato", "netherlands member_of nato", "denmark member_of nato"])
    }
}
