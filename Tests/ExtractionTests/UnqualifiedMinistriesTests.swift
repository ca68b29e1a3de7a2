import XCTest
import EntityGraph
@testable import Extraction

/// The foreign ministry named with no state: its own minister's in the sentence, else the
/// document's home state's, else that of the minister the document named first.
final class UnqualifiedMinistriesTests: XCTestCase {
    func testAnUnqualifiedForeignMinistryIsTheFirstNamedMinistersStates() {
        let text = "تلقى الدكتور بدر عبد العاطي، وزير الخارجية، اتصالا هاتفيا من سيرجي لافروف وزير خارجية روسيا. "
            + "وصرح السفير تميم خلاف، المتحدث الرسمي باسم وزارة الخارجية، بأن الوزيرين بحثا الأوضاع في غزة."
        XCTAssertEqual(offices(ofRole: "spokesperson", in: text), ["egypt_foreign_ministry"], "\(edges(text))")
    }

    func testTheStateDepartmentOfTheMinisterNamedInItsSentence() {
        let found = edges("Ukrainian President Volodymyr Zelenskyy met Erdogan. "
            + "U.S. Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister Sergei Lavrov, the State Department said.")
        XCTAssertTrue(found.contains("united_states_foreign_ministry part_of united_states"), "\(found)")
    }
}
