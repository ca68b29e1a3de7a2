import XCTest
import EntityGraph
@testable import Extraction

/// A dateline in a city the lexicon lacks that names its state, common Latin given names that do
/// not name a person alone, a committee named again as "اللجنة", and "thanking" as thanks.
final class DatelineStatesGivenNamesAndCommitteesTests: XCTestCase {
    func testADatelinesStateAfterAnUnknownCityIsTheStorysHome() {
        let text = "KHUJAND, Tajikistan (AP) — Uzbek President Shavkat Mirziyoyev arrived in Tajikistan on Friday. "
            + "Foreign Minister Karim Sharif welcomed him."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("karim_sharif holds_role tajikistan"), "\(found.sorted())")
        XCTAssertFalse(found.contains("karim_sharif holds_role uzbekistan"), "\(found.sorted())")
    }

    func testACommonGivenNameDoesNotNameAPersonAlone() {
        let found = edges("Maldivian President Mohamed Nasheed met Modi. Defense Minister Mohamed Shareef Ali said ties were strong.",
                          date: "2025-11-01")
        XCTAssertTrue(found.contains("mohamed_shareef_ali holds_role maldives"), "\(found.sorted())")
    }

    func testACommitteeNamedAgainIncludesTheStatesAfterIt() {
        let found = edges("وعقدت لجنة الميكانيزم اجتماعا في الناقورة. وتضم اللجنة فرنسا ولبنان وإسرائيل.", date: "2025-11-01")
        XCTAssertEqual(found.filter { $0.contains("member_of") },
                       Set(["france member_of ceasefire_mechanism", "israel member_of ceasefire_mechanism", "lebanon member_of ceasefire_mechanism"]))
    }

    func testACommitteeTheLexiconLacksIsNoAntecedent() {
        let found = edges("ونقلت قناة الجزيرة أن لجنة التحقيق عقدت اجتماعا. وتضم اللجنة خبراء من فرنسا.", date: "2025-11-01")
        XCTAssertTrue(found.isEmpty, "\(found.sorted())")
    }

    func testThankingAStateForItsSupportIsItsSupport() {
        let found = edges("Putin praised Tokayev, thanking Kazakhstan for its support.", date: "2025-11-01")
        XCTAssertEqual(found, ["kazakhstan supports russia"])
    }
}
