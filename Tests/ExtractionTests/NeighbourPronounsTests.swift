import XCTest
@testable import Extraction

/// "جارتها" with no name after it names the other state of its sentence.
final class NeighbourPronounsTests: XCTestCase {
    func testItsNeighbourIsTheOtherStateOfTheSentence() {
        XCTAssertEqual(edges("السنغال تغلق حدودها مع غامبيا وتتهم جارتها بإيواء المتمردين."),
                       ["gambia borders senegal", "senegal criticizes gambia", "senegal sanctions gambia"])
    }

    func testANeighbourNamedOrQualifiedIsNoPronoun() {
        XCTAssertEqual(edges("وقالت إريتريا إن جارتها إثيوبيا تحشد قواتها."), ["eritrea borders ethiopia"])
        XCTAssertEqual(edges("جيبوتي ترى في جارتها الغربية شريكا."), [])
    }
}
