import XCTest
import EntityGraph
@testable import Extraction

/// A counterpart is someone else than the one named before it, and a year inside a closed
/// relative clause does not date the event after it.
final class CounterpartsAndClauseDatesTests: XCTestCase {
    func testCounterpartWithNoStateReadIsNotThePersonBeforeIt() {
        let graph = sharedExtractor.extract(text: "استقبل الرئيس الكازاخي قاسم جومارت توكاييف، اليوم الأربعاء، نظيره الزائر.", document: "t.txt",
                                            date: "2025-05-14")
        XCTAssertEqual(graph.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }, ["tokayev holds_role kazakhstan"])
        // Read once, from his own title: "نظيره" is not read as Tokayev again.
        XCTAssertEqual(graph.relation(source: "tokayev", type: .holdsRole, target: "kazakhstan")?.evidence.count, 1)
    }

    func testYearOfAClosedRelativeClauseDoesNotDateTheEventAfterIt() {
        let text = "Georgia, which fought a brief war with Russia in 2008, applied for EU membership."
        XCTAssertNil(attribute("date", of: "georgia requests european_union", in: text))
        XCTAssertEqual(attribute("date", of: "russia attacks ukraine", in: "In 2014, Russia invaded Ukraine."), "2014")
    }
}
