import XCTest
import EntityGraph
@testable import Extraction

/// Arabic detached object pronouns after a participle, a verb's subject written as a thing
/// belonging to a group, borders two states dispute, and ASEAN by its full English name.
final class ObjectPronounsAndDisputedBordersTests: XCTestCase {
    func testADetachedObjectPronounRefersToTheOneNamedBefore() {
        let found = edges("وقال وزير الخارجية السوداني إن بلاده قطعت العلاقات مع دولة الإمارات، متهما إياها بتزويد الدعم السريع بالمسيرات.")
        XCTAssertTrue(found.contains { $0.hasSuffix("criticizes united_arab_emirates") }, "\(found)")
        XCTAssertFalse(found.contains { $0.hasSuffix("criticizes rsf") }, "\(found)")
    }

    func testAThingBelongingToAGroupMakesTheGroupTheDoer() {
        let found = edges("استهدفت طائرات مسيرة تابعة لقوات الدعم السريع، فجر الثلاثاء، مطار بورتسودان.")
        XCTAssertTrue(found.contains("rsf attacks port_sudan"), "\(found)")
        let reaction = edges("استهدفت طائرات مسيرة تابعة لقوات الدعم السريع مطار بورتسودان. ودانت مصر والسعودية الهجوم.")
        XCTAssertTrue(reaction.isSuperset(of: ["egypt criticizes rsf", "saudi_arabia criticizes rsf"]), "\(reaction)")
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
