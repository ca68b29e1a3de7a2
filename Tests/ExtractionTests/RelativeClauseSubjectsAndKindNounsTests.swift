import XCTest
@testable import Extraction

/// An Arabic relative clause that names its own subject after its verb, and companies and places
/// named after "group" and before "mine".
final class RelativeClauseSubjectsAndKindNounsTests: XCTestCase {
    func testARelativeClauseNamingTwoActorsAfterItsVerbHasItsOwnSubject() {
        let found = edges("وتبنت الهجوم حركة طالبان باكستان التي تتهم إسلام آباد أفغانستان بإيوائها.")
        XCTAssertTrue(found.contains("pakistan criticizes afghanistan"), "\(found)")
        XCTAssertFalse(found.contains("ttp criticizes pakistan"), "\(found)")
    }

    func testAListTheHeadIncludesIsNoSubject() {
        let found = edges("وكان من المقرر أن يشارك ناوروتسكي في قمة رؤساء دول مجموعة فيشغراد، التي تضم بولندا والمجر وتشيكيا وسلوفاكيا، والتي تستضيفها بودابست هذا الأسبوع.")
        XCTAssertEqual(found.filter { $0.hasSuffix("member_of visegrad") }.count, 4, "\(found)")
    }

    func testACompanyAfterGroupAndAPlaceBeforeMineAreNamed() {
        let kinds = entityKinds(in: "The mine was seized from French nuclear group Orano. Workers left the Somair mine in northern Niger.")
        XCTAssertTrue(Set(kinds).isSuperset(of: ["orano organization", "somair place"]), "\(kinds)")
        XCTAssertFalse(kinds.contains { $0.hasPrefix("the_") }, "\(kinds)")
    }
}
