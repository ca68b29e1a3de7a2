import XCTest
import EntityGraph
@testable import Extraction

/// A war waged "with" a state, drills taken part in "with" its forces, and the lexicon's
/// southern African additions (SADC, Cabo Delgado) and the SPLM-N.
final class WarsWithAndSouthernAfricaTests: XCTestCase {
    func testAWarWagedWithAStateAttacksIt() {
        XCTAssertTrue(edges("وتخوض روسيا حربا مع أوكرانيا منذ 2022.", date: "2025-03-01").contains("russia attacks ukraine"))
        let army = edges("ويخوض الجيش السوداني حربا مع قوات الدعم السريع.", date: "2025-03-01")
        XCTAssertTrue(army.contains("sudan attacks rsf"), "\(army.sorted())")
        XCTAssertFalse(army.contains("rsf attacks sudan"), "\(army.sorted())")
    }

    func testDrillsTakenPartInWithAStatesForcesAreCooperation() {
        let found = edges("وتعد بيلاروسيا حليفة لموسكو، كما شاركت في تدريبات \"زاباد-2025\" مع القوات الروسية.", date: "2025-09-20")
        XCTAssertTrue(found.contains("belarus cooperates_with russia"), "\(found.sorted())")
    }

    func testSouthernAfricanBlocAndProvince() {
        let graph = sharedExtractor.extract(text: "وسحبت مجموعة تنمية الجنوب الأفريقي (سادك) بعثتها من إقليم كابو ديلغادو شمالي موزمبيق.",
                                            document: "t.txt", date: "2024-07-01")
        XCTAssertEqual(graph.entity(id: "sadc")?.kind, .alliance)
        XCTAssertNil(graph.entity(id: "south_africa"))
        XCTAssertEqual(graph.entity(id: "cabo_delgado")?.kind, .place)
        XCTAssertTrue(edges("ووقعت قوات الدعم السريع والحركة الشعبية لتحرير السودان شمال ميثاقا سياسيا في نيروبي.", date: "2025-02-22")
            .contains("rsf cooperates_with splm_n"))
    }
}
