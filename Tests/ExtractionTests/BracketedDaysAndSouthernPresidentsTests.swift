import XCTest
@testable import Extraction

/// A day in brackets inside a time aside between a verb's subject and its object, and the presidents
/// of Zimbabwe and Burundi in the lexicon.
final class BracketedDaysAndSouthernPresidentsTests: XCTestCase {
    func testADayInBracketsIsPartOfAnAside() {
        let found = edges("التقى الرئيس الزيمبابوي إيمرسون منانغاغوا، اليوم (الجمعة)، وزير الخارجية الصيني وانغ يي.", date: "2026-01-09")
        XCTAssertTrue(found.contains("mnangagwa met_with wang_yi"), "\(found.sorted())")
    }

    func testZimbabwesAndBurundisPresidentsAreKnown() {
        XCTAssertEqual(edges("Burundian President Evariste Ndayishimiye accused Rwanda.", date: "2025-05-15"),
                       ["ndayishimiye criticizes rwanda", "ndayishimiye holds_role burundi"])
    }
}
