import XCTest
import EntityGraph
@testable import Extraction

/// Toppling or ousting a ruler is an attack on them.
final class TopplingTests: XCTestCase {
    func testTopplingARulerAttacksHim() {
        XCTAssertTrue(edges("Al-Sharaa led the insurgent group Hayat Tahrir al-Sham, which toppled Bashar al-Assad in December.")
            .contains("hts attacks assad"))
        XCTAssertTrue(edges("The Egyptian military ousted President Mohammed Morsi in 2013.").contains("egypt attacks mohammed_morsi"))
    }
}
