import XCTest
import EntityGraph
@testable import Extraction

/// A name after a former title with no state ("للرئيس السابق ماكي سال") names a person, who holds
/// no role now; a noun after such a title is no name.
final class FormerTitleHoldersTests: XCTestCase {
    func testANameAfterAFormerTitleNamesAPerson() {
        let graph = sharedExtractor.extract(text: "تولى فاي السلطة خلفا للرئيس السابق ماكي سال.", document: "t.txt", date: "2025-06-02")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Maki Sal"])
        XCTAssertTrue(graph.relations.isEmpty)
    }

    func testANounAfterAFormerTitleIsNoName() {
        let graph = sharedExtractor.extract(text: "وأكد الرئيس السابق ضرورة وقف إطلاق النار.", document: "t.txt", date: "2025-06-02")
        XCTAssertTrue(graph.entities.filter { $0.kind == .person }.isEmpty)
    }
}
