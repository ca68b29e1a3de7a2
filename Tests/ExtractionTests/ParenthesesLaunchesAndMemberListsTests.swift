import XCTest
@testable import Extraction

/// An acronym in parentheses after a title's office, military bases and provinces, a coalition
/// named for what it fights, weapons launched or fired at someone, members of two blocs at once,
/// and a place after two nouns of its kind.
final class ParenthesesLaunchesAndMemberListsTests: XCTestCase {
    func testAnAcronymInParenthesesAfterTheOfficeLeavesTheNameAfterIt() {
        let text = "بحث رئيس الوزراء العراقي محمد شياع السوداني مع قائد القيادة المركزية الأمريكية (سنتكوم) الأدميرال براد كوبر انسحاب القوات."
        let found = edges(text)
        XCTAssertTrue(found.contains("brad_kobr holds_role centcom"), "\(found)")
        XCTAssertTrue(found.contains("al_sudani met_with brad_kobr"), "\(found)")
    }

    func testBasesAndProvincesAreKnownPlaces() {
        let found = edges("واستهدفت فصائل مسلحة قاعدة عين الأسد الجوية في محافظة الأنبار بطائرات مسيرة.")
        XCTAssertTrue(found.contains("ain_al_asad located_in anbar"), "\(found)")
        XCTAssertNil(sharedExtractor.extract(text: "وشاركت العديد من الدول في القمة.", document: "t.txt").entity(id: "al_udeid"))
    }

    func testACoalitionNamedForWhatItFightsIsNoPartOfIt() {
        let found = edges("وبحث الوزير جدول انسحاب قوات التحالف الدولي لمكافحة تنظيم داعش من العراق.")
        XCTAssertFalse(found.contains { $0.contains("part_of isis") }, "\(found)")
        XCTAssertNotNil(sharedExtractor.extract(text: "وقال التحالف الدولي إن غاراته مستمرة.", document: "t.txt").entity(id: "global_coalition"))
    }

    func testWeaponsLaunchedOrFiredAtAStateAttackIt() {
        XCTAssertTrue(edges("Russia launched more than 700 drones and missiles at Ukraine overnight.").contains("russia attacks ukraine"))
        XCTAssertTrue(edges("The Houthis fired two ballistic missiles toward Israel on Sunday.").contains("houthis attacks israel"))
        XCTAssertTrue(edges("وأطلق الحوثيون صاروخا باليستيا باتجاه إسرائيل.").contains("houthis attacks israel"))
        XCTAssertFalse(edges("وأطلقت السلطات المصرية سراح المعتقلين الإسرائيليين.").contains("egypt attacks israel"))
        XCTAssertFalse(edges("Ukraine launched a new diplomatic initiative toward Russia.").contains("ukraine attacks russia"))
    }

    func testStatesNamedMembersOfTwoBlocsAreMembersOfBoth() {
        let found = edges("Slovakia and Hungary, both NATO and EU members, import gas from Russia.")
        for edge in ["slovakia member_of nato", "hungary member_of nato", "slovakia member_of european_union", "hungary member_of european_union"] {
            XCTAssertTrue(found.contains(edge), "\(edge): \(found)")
        }
    }

    func testAPlaceAfterTwoNounsOfItsKindIsInTheNisbasState() {
        let found = edges("The leaders met in the Chinese port city of Tianjin on Sunday.")
        XCTAssertTrue(found.contains("tianjin located_in china"), "\(found)")
    }
}
