import XCTest
import EntityGraph
@testable import Extraction

/// "المشتركة بين" names the parties of a joint event, states or not; "حلفائها في الناتو" makes
/// the state a member of the bloc; "let" someone use a territory is cooperation.
final class JointEventsAndAlliesInBlocsTests: XCTestCase {
    func testAJointEventBetweenTwoPartiesIsTheirCooperation() {
        XCTAssertTrue(edges("بدأت التدريبات البحرية \"درع 2025\" الواسعة المشتركة بين الصين وباكستان.").contains("china cooperates_with pakistan"))
        XCTAssertTrue(edges("وتوسعت الدوريات المشتركة بين الجيش التركي وقوات سوريا الديمقراطية.").contains { $0.contains("cooperates_with") && $0.contains("sdf") })
    }

    func testAStatesAlliesInABlocMakeItAMember() {
        XCTAssertTrue(edges("ودعت رومانيا حلفاءها في الناتو إلى تعزيز الدفاعات الجوية.").contains("romania member_of nato"))
        XCTAssertFalse(edges("ودعت رومانيا حلفاءها في الناتو إلى تعزيز الدفاعات الجوية.").contains("romania allied_with nato"))
        // A region's group of states is where the allies are, not a bloc the state belongs to.
        XCTAssertFalse(edges("وأكد أن باريس ستقف إلى جانب حلفائها في دول البلطيق.").contains { $0.hasPrefix("france member_of") })
        XCTAssertFalse(edges("France and its Baltic allies condemned the incursion.").contains { $0.hasPrefix("france member_of") })
    }

    func testLettingForcesUseATerritoryIsCooperation() {
        XCTAssertTrue(edges("Armenia let Russian border guards stay at its airport until March.").contains("armenia cooperates_with russia"))
    }
}
