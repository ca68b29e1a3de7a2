import XCTest
@testable import Extraction

/// A war named with no agent and no target after "منذ" / "since" is the one war the lexicon knows
/// between two states the story names, under way on the article date.
final class WarsOfTheStoryTests: XCTestCase {
    func testAWarSinceItsStartIsTheStorysWar() {
        let arabic = edges("قالت أوكرانيا إن روسيا رحلت الأطفال. واتهم زيلينسكي موسكو بترحيل آلاف الأطفال منذ بداية الغزو عام 2022.", date: "2025-07-01")
        XCTAssertTrue(arabic.contains("russia attacks ukraine"), "\(arabic)")
        let english = edges("The UAE, which maintains close ties with both Moscow and Kyiv, has mediated more than ten exchanges since the start of the war.",
                            date: "2025-07-01")
        XCTAssertTrue(english.contains("russia attacks ukraine"), "\(english)")
    }

    func testNoWarBetweenTheNamedStatesOrADescribedWarGivesNoAttack() {
        let peace = edges("وقالت فرنسا إن ألمانيا شريك أساسي منذ بداية الحرب.", date: "2025-07-01")
        XCTAssertFalse(peace.contains { $0.contains("attacks") }, "\(peace)")
        let described = edges("ويتمركز في ترانسنيستريا نحو 1500 جندي روسي منذ الحرب التي اندلعت مطلع التسعينيات، وتطالب أوكرانيا بانسحابهم.",
                              date: "2025-07-01")
        XCTAssertFalse(described.contains("russia attacks ukraine"), "\(described)")
    }
}
