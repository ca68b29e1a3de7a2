import XCTest
@testable import Extraction

/// A predecessor titled in another state, and southern Africa's ruling parties in the lexicon.
final class PredecessorsElsewhereAndRulingPartiesTests: XCTestCase {
    func testAPredecessorTitledInAnotherStateKeepsHisOwnOffice() {
        XCTAssertEqual(edges("تسلم رئيس سيراليون جوليوس مادا بيو الرئاسة الدورية لإيكواس، خلفا للرئيس النيجيري بولا تينوبو."),
                       ["bola_tinubu holds_role nigeria", "jolios_mada_bio holds_role sierra_leone"])
    }

    func testZanuPFAndFrelimoAreKnown() {
        let graph = sharedExtractor.extract(text: "Their ruling parties, ZANU-PF and Frelimo, fought together against white minority rule.",
                                            document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id).sorted(), ["frelimo", "zanu_pf"])
    }
}
