import XCTest
@testable import Extraction

/// Names with an apostrophe glued inside a word ("La'auli", "N'Tam"), help to upgrade, the
/// Commonwealth and Guinea-Bissau's president until November 2025 in the lexicon.
final class ApostrophesInNamesAndCommonwealthTests: XCTestCase {
    func testAnApostropheInsideANamesWord() {
        XCTAssertEqual(edges("Samoa's new Prime Minister La'auli Leuatea Schmidt spoke. Guinea-Bissau's transitional President Horta N'Tam spoke.", date: "2025-11-28"),
                       ["laauli_leuatea_schmidt holds_role samoa", "horta_ntam holds_role guinea_bissau"])
    }

    func testHelpToUpgrade() {
        XCTAssertEqual(edges("Japan announced new funding to help Tonga upgrade its ports.", date: "2025-11-01"), ["japan supports tonga"])
    }

    func testTheCommonwealthAndGuineaBissausPresidentAreKnown() {
        XCTAssertEqual(edges("Samoa is a member of the Commonwealth.", date: "2025-11-01"), ["samoa member_of commonwealth"])
        XCTAssertEqual(edges("قال الرئيس عمر سيسوكو إمبالو إن بلاده مستعدة.", date: "2025-06-01"), ["embalo holds_role guinea_bissau"])
    }
}
