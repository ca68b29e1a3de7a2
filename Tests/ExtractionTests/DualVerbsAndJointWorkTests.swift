import XCTest
import EntityGraph
@testable import Extraction

/// Dual verbs of criticism, "their two countries" and working together.
final class DualVerbsAndJointWorkTests: XCTestCase {
    func testTwoMinistersCondemnAndTheirTwoCountriesSupport() {
        let text = "التقى وزير الخارجية المصري بدر عبد العاطي نظيره الجزائري أحمد عطاف في القاهرة. "
            + "وأكد الوزيران دعم بلديهما لوحدة ليبيا، وأدانا الهجمات الروسية على أوكرانيا."
        XCTAssertEqual(edges(text), ["abdelatty criticizes russia", "abdelatty holds_role egypt", "abdelatty met_with attaf",
                                     "algeria supports libya", "attaf criticizes russia", "attaf holds_role algeria", "egypt supports libya",
                                     "russia attacks ukraine"])
    }

    func testStatesThatWorkTogetherCooperate() {
        XCTAssertEqual(edges("Poland and Lithuania work together to secure the border."), ["lithuania cooperates_with poland"])
        XCTAssertEqual(edges("وقال الوزير إن مصر وتركيا تعملان معا في غزة."), ["egypt cooperates_with turkey"])
    }
}
