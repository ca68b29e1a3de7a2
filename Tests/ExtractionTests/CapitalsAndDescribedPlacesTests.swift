import XCTest
import EntityGraph
@testable import Extraction

/// Capitals named after a nisba or possessive, places described by their state's possessive,
/// Arabic people named after a descriptive noun, and borders shared with a partner.
final class CapitalsAndDescribedPlacesTests: XCTestCase {
    func testCapitalAfterANisbaAndAComma() {
        XCTAssertEqual(edges("The delegation then flew to the Lithuanian capital, Vilnius."), ["vilnius capital_of lithuania"])
    }

    func testCapitalInAnAppositionWithANisba() {
        XCTAssertEqual(edges("Warsaw, the Polish capital, hosted the summit."), ["warsaw capital_of poland"])
    }

    func testCapitalAfterAPossessive() {
        XCTAssertEqual(edges("Crowds gathered in Armenia's capital Yerevan."), ["yerevan capital_of armenia"])
    }

    func testCapitalWordWithoutANameNamesNoCapital() {
        XCTAssertEqual(edges("He flew to the Estonian capital on Monday."), [])
    }

    func testPlaceDescribedByItsStatesPossessiveLiesInIt() {
        XCTAssertEqual(edges("Narva, Estonia's third-largest city, sits on the river."), ["narva located_in estonia"])
    }

    func testArabicPersonAfterADescriptiveNounAndAGivenName() {
        let graph = sharedExtractor.extract(text: "ويرى المحلل السياسي الروسي سيرغي ماركوف أن الاتفاق صامد.", document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id), ["sirghi_markof"])
        XCTAssertEqual(graph.entities.first?.kind, .person)
    }

    func testArabicDescriptiveNounWithoutAGivenNameNamesNobody() {
        let graph = sharedExtractor.extract(text: "وقال المحلل السياسي إن روسيا لن تتراجع.", document: "t.txt")
        XCTAssertFalse(graph.entities.contains { $0.kind == .person })
    }

    func testSharingABorderWithAPartner() {
        let found = edges("وتقع منغوليا، التي تتقاسم مع الصين حدودا طويلة، في قلب آسيا.")
        XCTAssertTrue(found.contains("mongolia borders china") || found.contains("china borders mongolia"))
        XCTAssertEqual(edges("وتتقاسم كازاخستان مع روسيا الرؤية نفسها."), [])
    }
}
