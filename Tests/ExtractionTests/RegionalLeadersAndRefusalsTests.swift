import XCTest
import EntityGraph
@testable import Extraction

/// The president of a region is a person with no state role; a capital the lexicon knows set off
/// by a comma; one rejecting an event does not do it; descriptive nouns before English names.
final class RegionalLeadersAndRefusalsTests: XCTestCase {
    func testThePresidentOfARegionIsAPersonWithoutARole() {
        XCTAssertEqual(edges("واستقبل بوتين رئيس جمهورية صربسكا ميلوراد دوديك في الكرملين."), ["milorad_dodik met_with putin"])
    }

    func testAKnownCapitalAfterACommaIsTheCapital() {
        XCTAssertEqual(edges("Dan met Sandu in the capital, Chisinau, on Tuesday."), ["chisinau capital_of moldova"])
        XCTAssertEqual(edges("Dan met Sandu in the capital, where talks began."), [])
    }

    func testRejectingAnEventIsNotDoingIt() {
        XCTAssertEqual(edges("وأشاد بموقف المجر الرافض لفرض عقوبات على روسيا."), [])
        XCTAssertEqual(edges("وأشاد بموقف المجر الداعي لفرض عقوبات على روسيا."), ["hungary sanctions russia"])
    }

    func testANationalistBeforeANameIsAPerson() {
        let graph = sharedExtractor.extract(text: "Dan defeated nationalist George Simion in a runoff.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["George Simion"])
    }
}
