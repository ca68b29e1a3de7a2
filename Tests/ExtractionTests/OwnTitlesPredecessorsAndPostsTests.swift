import XCTest
import EntityGraph
@testable import Extraction

/// Titles their subject took ("بات وزيراً للخارجية"), appointers named only by their name,
/// predecessors of an appointee, cooperation between the governments of two states, and a
/// person appointed "to the post" named before.
final class OwnTitlesPredecessorsAndPostsTests: XCTestCase {
    func testATitleRightAfterAVerbOfBecomingIsItsSubjects() {
        let text = "ومن بين الوزراء الجدد عباس عراقجي الذي بات وزيراً للخارجية."
        XCTAssertEqual(attribute("role", of: "araghchi holds_role iran", in: text, date: "2024-08-22"), "foreign_minister")
    }

    func testAnAppointerNamedWithoutTitleGivesTheState() {
        let text = "وكان بزشكيان قد عيّن في وقت سابق محمد جواد ظريف نائباً للرئيس للشؤون الاستراتيجية."
        XCTAssertEqual(attribute("role", of: "zarif holds_role iran", in: text, date: "2024-08-22"), "vice_president")
    }

    func testThePredecessorOfAnAppointeeHeldTheAppointeesOffice() {
        let text = "عيّن الرئيس البيلاروسي ألكسندر لوكاشينكو ألكسندر تورتشين رئيساً للوزراء، خلفاً لرومان غولوفتشينكو."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-04-08")
        let predecessor = graph.relations.first { $0.evidence.contains { $0.rule == "predecessor" } }
        XCTAssertEqual(predecessor?.attributes["role"], "prime_minister")
        XCTAssertEqual(predecessor?.target, "belarus")
    }

    func testCooperationBetweenTheGovernmentsOfTheTwoCountries() {
        let text = "والتقى رئيس الوزراء الروسي ميخائيل ميشوستين نظيره البيلاروسي ألكسندر تورتشين. "
            + "وأعرب ميشوستين عن ثقته بمواصلة التعاون الوثيق بين حكومتي البلدين."
        XCTAssertTrue(edges(text, date: "2025-05-01").contains("belarus cooperates_with russia"), "\(edges(text, date: "2025-05-01"))")
    }

    func testAPersonAppointedToThePostTakesTheRoleNamedBefore() {
        let text = "President Volodymyr Zelensky on Feb. 8 dismissed Valerii Zaluzhnyi as commander-in-chief of Ukraine's Armed Forces "
            + "and appointed Colonel General Oleksandr Syrskyi, the head of the Ground Forces, to the post."
        let found = edges(text, date: "2024-02-08")
        XCTAssertTrue(found.contains("zaluzhnyi holds_role ukraine"), "\(found)")
        XCTAssertTrue(found.contains("syrskyi holds_role ukraine"), "\(found)")
    }
}
