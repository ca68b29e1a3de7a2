import XCTest
@testable import Extraction

/// Venezuela's ministers are in the lexicon: a bare title before their name is their office.
final class VenezuelanMinistersTests: XCTestCase {
    func testABareTitleBeforeAKnownMinisterIsHisOffice() {
        let graph = sharedExtractor.extract(text: "Foreign Minister Yvan Gil called the prison a concentration camp.", document: "t.txt", date: "2025-07-20")
        XCTAssertEqual(role(graph, "yvan_gil", "venezuela"), "foreign_minister")
    }

    func testArabicSpellingsNameTheMinisters() {
        XCTAssertEqual(entityKinds(in: "وقال وزير الخارجية الفنزويلي إيفان خيل إن نائبة الرئيس ديلسي رودريغيز ستزور موسكو."),
                       ["delcy_rodriguez person", "moscow place", "russia state", "venezuela state", "yvan_gil person"])
    }
}
