import XCTest
@testable import Extraction

/// An adjective qualifying an office between it and its holder's name, and the Chagos Archipelago.
final class OfficeAdjectivesAndChagosTests: XCTestCase {
    func testAnOppositionPartysLeaderNamedAfterItsAdjective() {
        XCTAssertEqual(edges("وانتقد زعيم حزب العمال المعارض جون سميث الاتفاق."), ["jon_smith holds_role hzb_alamal"])
    }

    func testTheChagosArchipelagoIsAPlace() {
        let graph = sharedExtractor.extract(text: "ووقعت بريطانيا اتفاقا لنقل السيادة على جزر تشاغوس إلى موريشيوس.", document: "t.txt")
        XCTAssertEqual(graph.entity(id: "chagos_archipelago")?.kind, .place)
    }
}
