import XCTest
import EntityGraph
@testable import Extraction

/// Who an unnamed title refers to: the holder an undated story names elsewhere, else the holder
/// on the article's date; ministers of more states in the role table.
final class StoryNamedHoldersTests: XCTestCase {
    private let undated = "رئيس الوزراء الياباني يزور كييف ويتعهد بمساعدات إضافية\n\n"
        + "وصل رئيس الوزراء الياباني شيغيرو إيشيبا، الأحد، إلى كييف حيث التقى الرئيس الأوكراني فولوديمير زيلينسكي."

    func testAnUndatedHeadlinesTitleIsTheHolderTheStoryNames() {
        let found = edges(undated)
        XCTAssertTrue(found.contains("ishiba met_with ukraine"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("takaichi") }, "\(found)")
    }

    func testADatedTitleIsTheHolderOnThatDate() {
        XCTAssertTrue(edges("قال رئيس الوزراء الياباني إن طوكيو ستدعم أوكرانيا.", date: "2026-02-01").contains("takaichi holds_role japan"))
        XCTAssertTrue(edges("قال رئيس الوزراء الياباني إن طوكيو ستدعم أوكرانيا.", date: "2025-03-01").contains("ishiba holds_role japan"))
    }

    func testMinistersOfMoreStatesAreKnownByTheirTitles() {
        XCTAssertTrue(edges("وقال وزير الخارجية الكرواتي إن زغرب تدعم كييف.", date: "2025-06-01").contains("grlic_radman holds_role croatia"))
        XCTAssertTrue(edges("Indian Defence Minister Rajnath Singh visited Moscow.").contains("rajnath_singh holds_role india"))
        XCTAssertEqual(attribute("role", of: "nikos_dendias holds_role greece", in: "قال وزير الدفاع اليوناني إن أثينا تراقب الوضع.", date: "2025-01-10"),
                       "defence_minister")
    }
}
