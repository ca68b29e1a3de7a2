import XCTest
import EntityGraph
@testable import Extraction

/// A state's senate is a body of that state, named in Arabic or in English.
final class SenatesTests: XCTestCase {
    func testAStatesSenateIsItsBody() {
        XCTAssertEqual(edges("وأشار باراك إلى أن مجلس الشيوخ الأمريكي صوت على إلغاء القانون.", date: "2025-11-20"),
                       ["united_states_senate part_of united_states"])
        XCTAssertEqual(edges("The U.S. Senate voted to repeal the law.", date: "2025-11-20"), ["united_states_senate part_of united_states"])
    }
}
