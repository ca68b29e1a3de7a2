import XCTest
@testable import Extraction

/// The names an entity is shown with are written without the proclitic they were read with.
final class NameSurfacesTests: XCTestCase {
    func testANameIsShownWithoutItsProclitic() {
        let graph = sharedExtractor.extract(text: "وانتقدت موسكو الغرب وبريطانيا والاتحاد الأوروبي.", document: "t.txt")
        let aliases = Set(graph.entities.flatMap(\.aliases))
        XCTAssertTrue(aliases.isSuperset(of: ["بريطانيا", "الاتحاد الأوروبي"]), "\(aliases)")
        XCTAssertTrue(aliases.isDisjoint(with: ["وبريطانيا", "والاتحاد الأوروبي"]), "\(aliases)")
    }

    func testAnArticleTakenByLamIsKeptAsWritten() {
        XCTAssertEqual(ArabicClitics.withoutProclitic("لليتوانيا", "ل"), "لليتوانيا")
        XCTAssertEqual(ArabicClitics.withoutProclitic("والغرب", "وال"), "الغرب")
        XCTAssertEqual(ArabicClitics.withoutProclitic("وروسيا", "و"), "روسيا")
        XCTAssertEqual(ArabicClitics.withoutProclitic("روسيا", ""), "روسيا")
    }
}
