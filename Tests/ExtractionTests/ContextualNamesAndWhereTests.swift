import XCTest
@testable import Extraction

/// A state's name that is also a common word read where only a name can stand, forces in a
/// clause after "حيث" / "where", the speaker of a speech participle, and borders in a relative
/// clause.
final class ContextualNamesAndWhereTests: XCTestCase {
    func testAStateNameThatIsACommonWordAfterAPrepositionOrAnotherState() {
        XCTAssertEqual(edges("تقع الجزائر على حدود مالي، وتنشر فرنسا قوات في مالي."), ["france deploys_to mali"])
        XCTAssertTrue(edges("وقعت الجزائر ومالي اتفاقا أمنيا.").contains("algeria cooperates_with mali"))
        XCTAssertEqual(edges("قدمت ألمانيا دعما عسكريا وماليا لأوكرانيا، وأعلنت عن عجز مالي كبير."), ["germany supports ukraine"])
    }

    func testANisbaThatIsACommonWordAfterAnArmedInstitution() {
        XCTAssertEqual(edges("انتقدت الجزائر غارة نفذها الجيش المالي."), ["mali_army part_of mali", "algeria criticizes mali"])
        XCTAssertEqual(edges("تفاقمت الأزمة المالية في مصر."), [])
    }

    func testForcesInAClauseAfterWhere() {
        XCTAssertEqual(edges("وصل الوزير إلى سوريا، حيث تنتشر قوات روسية وإيرانية."),
                       ["russia_army part_of russia", "iran_army part_of iran", "russia deploys_to syria", "iran deploys_to syria"])
        XCTAssertEqual(edges("The minister flew to Syria, where Russian troops are stationed."),
                       ["russia_army part_of russia", "russia deploys_to syria"])
        XCTAssertEqual(edges("The minister flew to Moscow, where Russian troops paraded."), ["russia_army part_of russia"])
    }

    func testTheSpeakerOfASpeechParticipleIsTheSentencesSubject() {
        let text = "وقال الرئيس التركي رجب طيب أردوغان إن بلاده ستستضيف المحادثات. وأدان وزير الخارجية التركي هاكان فيدان الغارات الإسرائيلية على دمشق، معتبرا أنها \"تقوض الأمن الإقليمي\"."
        let found = edges(text, date: "2025-06-01")
        XCTAssertTrue(found.contains("fidan criticizes israel"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("erdogan criticizes") }, "\(found)")
    }

    func testABorderNamedInARelativeClause() {
        XCTAssertEqual(edges("Romania, which shares a long border with Moldova, has pledged help."), ["moldova borders romania"])
    }
}
