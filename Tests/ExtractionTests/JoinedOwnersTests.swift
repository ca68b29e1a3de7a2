import XCTest
import EntityGraph
@testable import Extraction

/// "X and his government" is X's government, whoever speaks.
final class JoinedOwnersTests: XCTestCase {
    func testHisGovernmentAfterAPersonAndAndIsThatPersons() {
        let found = edges("Cuban Foreign Minister Bruno Rodríguez spoke in Havana on Tuesday. "
                          + "Rodríguez said Cuba stood with Venezuelan President Nicolás Maduro and his government.", date: "2025-11-20")
        XCTAssertTrue(found.contains("cuba supports venezuela"))
    }

    func testAnArabicOwnStateJoinedByWawIsThatPersons() {
        XCTAssertTrue(edges("قال وزير الخارجية الكوبي برونو رودريغيز إن بلاده تدعم الرئيس نيكولاس مادورو وحكومته.", date: "2025-11-20")
            .contains("cuba supports venezuela"))
    }

    func testTheSpeakersGovernmentStaysTheSpeakers() {
        XCTAssertEqual(edges("Cuban Foreign Minister Bruno Rodríguez said his government supports Venezuela.", date: "2025-11-20"),
                       ["bruno_rodriguez holds_role cuba", "cuba supports venezuela"])
    }
}
