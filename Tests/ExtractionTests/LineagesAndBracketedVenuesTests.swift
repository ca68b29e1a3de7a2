import XCTest
import EntityGraph
@testable import Extraction

/// A name's lineage before a title written after it, and a venue with a name in brackets.
final class LineagesAndBracketedVenuesTests: XCTestCase {
    func testALineageBeforeATitleAfterTheNameIsOneActorWithIt() {
        let found = edges("التقى صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، اليوم، "
            + "في مقر وزارة الدفاع الأمريكية (البنتاغون) بواشنطن، وزير الدفاع الأمريكي بيت هيغسيث.")
        XCTAssertTrue(found.isSuperset(of: ["khalid_bin_salman holds_role saudi_arabia", "hegseth met_with khalid_bin_salman"]), "\(found)")
    }
}
