import XCTest
import EntityGraph
@testable import Extraction

/// "توقيع" (the signing) after a title is no name: "شهد ... والرئيس التركي توقيع مذكرات تفاهم".
final class SigningNounsAfterTitlesTests: XCTestCase {
    func testTheSigningAfterATitleNamesNoOne() {
        let text = "وشهد ولي العهد السعودي الأمير محمد بن سلمان والرئيس التركي رجب طيب أردوغان توقيع مذكرات تفاهم في مجال الطاقة."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(Set(graph.entities.filter { $0.kind == .person }.map(\.id)), ["mohammed_bin_salman", "erdogan"])
        let bare = "وشهد ولي العهد والرئيس التركي توقيع مذكرات تفاهم."
        XCTAssertTrue(sharedExtractor.extract(text: bare, document: "t.txt", date: "2025-11-20").entities
            .filter { $0.kind == .person && $0.name.hasPrefix("To") }.isEmpty)
    }
}
