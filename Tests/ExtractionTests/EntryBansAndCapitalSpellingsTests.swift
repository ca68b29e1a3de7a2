import XCTest
@testable import Extraction

/// A person barred from entering a state, a capital's other spelling acting for its state, and a
/// state ranked first among a bloc's states.
final class EntryBansAndCapitalSpellingsTests: XCTestCase {
    func testBarringAPersonFromEnteringIsASanction() {
        XCTAssertEqual(edges("ومنعت سلوفينيا نتنياهو من دخول أراضيها.", date: "2025-11-01"), ["slovenia sanctions netanyahu"])
    }

    func testACapitalsOtherSpellingBarsAndRecognisesForItsState() {
        let text = "وكانت لوبليانا قد منعت في يوليو/تموز الماضي رئيس الوزراء الإسرائيلي بنيامين نتنياهو من دخول أراضيها، "
            + "واعترفت بدولة فلسطين في يونيو/حزيران 2024."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["slovenia sanctions netanyahu", "palestine cooperates_with slovenia"]), "\(found)")
        XCTAssertFalse(found.contains("netanyahu cooperates_with palestine"), "\(found)")
    }

    func testAStateRankedFirstAmongABlocsStatesIsAMember() {
        let text = "أعلنت الحكومة السلوفينية حظر تصدير الأسلحة إلى إسرائيل، لتصبح أول دولة في الاتحاد الأوروبي تتخذ هذه الخطوة."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("slovenia member_of european_union"), "\(edges(text, date: "2025-11-01"))")
        XCTAssertTrue(edges("Slovenia became the first EU country to ban arms trade with Israel.", date: "2025-11-01")
            .contains("slovenia member_of european_union"))
    }
}
