import XCTest
import EntityGraph
@testable import Extraction

/// A person is no member of an alliance the sentence says someone joins; states named after "مع"
/// before the bloc are members too; forces advancing into a state's territory attack it.
final class PeopleJoiningAndAdvancingForcesTests: XCTestCase {
    func testAPersonIsNoMemberOfABlocJoined() {
        let found = edges("Sandu has sought closer ties with the United States, and parliament passed a law launching the process of joining the EU.")
        XCTAssertFalse(found.contains("sandu member_of european_union"), "\(found)")
        XCTAssertTrue(edges("Montenegro will join the EU by 2028, its prime minister said.").contains("montenegro member_of european_union"))
    }

    func testStatesNamedWithAMemberBeforeTheBlocAreMembersToo() {
        let found = edges("وتعد بيلاروسيا عضوا مع أرمينيا وكازاخستان في منظمة معاهدة الأمن الجماعي.")
        XCTAssertTrue(found.isSuperset(of: ["belarus member_of csto", "armenia member_of csto", "kazakhstan member_of csto"]), "\(found)")
        XCTAssertTrue(edges("انضمت فنلندا مع السويد إلى حلف الناتو.").contains("sweden member_of nato"))
    }

    func testForcesAdvancingIntoATerritoryAttackIt() {
        XCTAssertTrue(edges("Russian forces advanced into Ukrainian territory near Kharkiv in May.").contains("russia attacks ukraine"))
    }
}
