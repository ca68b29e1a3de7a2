import XCTest
import EntityGraph
@testable import Extraction

/// Arabic detached object pronouns after a participle, borders two states dispute, and ASEAN by
/// its full English name.
final class ObjectPronounsAndDisputedBordersTests: XCTestCase {
    func testADetachedObjectPronounRefersToTheOneNamedBefore() {
        let found = edges("وقال وزير الخارجية السوداني إن بلاده قطعت العلاقات مع دولة الإمارات، متهما إياها بتزويد الدعم السريع بالمسيرات.")
        XCTAssertTrue(found.contains { $0.hasSuffix("criticizes united_arab_emirates") }, "\(found)")
        XCTAssertFalse(found.contains { $0.hasSuffix("criticizes rsf") }, "\(found)")
    }

    func testTheirDisputedBorderMakesThePairNeighbours() {
        let found = edges("Thailand and Cambodia agreed to a ceasefire after days of fighting along their disputed border.")
        XCTAssertTrue(found.contains("cambodia borders thailand"), "\(found)")
        let own = edges("Lithuania and Latvia have also strengthened their border guard units.")
        XCTAssertFalse(own.contains { $0.contains("borders") }, "\(own)")
    }

    func testASEANByItsFullName() {
        let graph = sharedExtractor.extract(text: "Malaysia chairs the Association of Southeast Asian Nations this year.", document: "t.txt")
        XCTAssertNotNil(graph.entity(id: "asean"))
    }
}
