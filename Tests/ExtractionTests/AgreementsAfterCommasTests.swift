import XCTest
@testable import Extraction

/// A joint event in a participle clause after the two who met, and "the three Baltic states"
/// naming the three states listed before.
final class AgreementsAfterCommasTests: XCTestCase {
    func testAJointEventAfterAParticipleOfTheTwoWhoMet() {
        XCTAssertTrue(edges("Armenia and Azerbaijan met in Abu Dhabi on Friday, agreeing to exchange 40 prisoners.")
            .contains("armenia cooperates_with azerbaijan"))
        XCTAssertFalse(edges("Armenia met in Abu Dhabi on Friday, agreeing to exchange prisoners.").contains { $0.contains("cooperates_with") })
    }

    func testTheThreeBalticStatesAreTheThreeListedBefore() {
        let text = "Lithuania, Latvia and Estonia left the Russian grid. The three Baltic states, all members of NATO, joined the European network."
        XCTAssertTrue(edges(text).isSuperset(of: ["lithuania member_of nato", "latvia member_of nato", "estonia member_of nato"]), "\(edges(text))")
    }
}
