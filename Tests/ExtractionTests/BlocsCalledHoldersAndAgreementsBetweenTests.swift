import XCTest
@testable import Extraction

/// A bloc the document calls by an anaphor's noun ("the Mercosur bloc"), agreements between two
/// parties, a bloc's noun inside a list, event nouns a party is said to have, "لا يزال" as
/// "still", forces kept abroad, and Uruguay's presidents in the lexicon.
final class BlocsCalledHoldersAndAgreementsBetweenTests: XCTestCase {
    func testTheBlocIsTheOneTheDocumentCalledSo() {
        XCTAssertEqual(edges("Lula met the Mercosur bloc's leaders. The Mercosur-EU deal faces resistance from France. Argentina has threatened to pull out of the bloc, which also includes Paraguay.", date: "2025-11-01"),
                       ["lula met_with mercosur", "paraguay member_of mercosur"])
    }

    func testAnAgreementBetweenTwoPartiesNamedAfterIt() {
        XCTAssertEqual(edges("They discussed the trade agreement between the Mercosur bloc and the European Union. Kazakhstan will join the Abraham Accords, the normalization agreements between Israel and several Muslim-majority countries.", date: "2025-11-01"),
                       ["european_union cooperates_with mercosur", "kazakhstan member_of abraham_accords"])
    }

    func testAnEventNounAPartyHas() {
        XCTAssertEqual(edges("Britain still has a permanent military presence in Cyprus. He had discussed the war in Ukraine.", date: "2025-11-01"),
                       ["united_kingdom deploys_to cyprus"])
        XCTAssertEqual(edges("ولا يزال لفرنسا وجود عسكري دائم في جيبوتي.", date: "2025-11-01"), ["france deploys_to djibouti"])
    }

    func testANegationBeforeStillIsNoNegation() {
        XCTAssertEqual(edges("ولا تزال روسيا تدعم سوريا. لا تدعم الصين اليابان.", date: "2025-11-01"), ["russia supports syria"])
    }

    func testForcesKeptAbroadCountedInSoldiers() {
        XCTAssertEqual(edges("ستحتفظ فرنسا بنحو مئة جندي في الغابون.", date: "2025-11-01"), ["france deploys_to gabon"])
    }

    func testUruguaysPresidentsAreKnown() {
        let graph = sharedExtractor.extract(text: "Uruguayan President Yamandu Orsi said his predecessor Luis Lacalle Pou had clashed with Brazil.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.map(\.id), ["brazil", "lacalle_pou", "uruguay", "yamandu_orsi"])
    }
}
