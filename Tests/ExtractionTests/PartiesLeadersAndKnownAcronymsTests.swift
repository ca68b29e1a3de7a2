import XCTest
import EntityGraph
@testable import Extraction

/// Names before a known organisation's acronym in brackets, leaders written with their party
/// (a possessive before qualifiers, "of" after it, "led by" after a bracket), lexicon phrases
/// written with a dash between spaces, oaths into an office the lexicon knows, a bare
/// government qualified by a relative clause, Europe's monarchs, and given names that are no
/// surnames.
final class PartiesLeadersAndKnownAcronymsTests: XCTestCase {
    func testWordsBeforeAKnownAcronymInBracketsNameThatBody() {
        let text = "Ukraine's Security Service (SBU) said its drones hit a refinery."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("sbu part_of ukraine"), "\(edges(text, date: "2025-11-01").sorted())")
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .organization }.map(\.id), ["sbu"])
    }

    func testAPossessiveBeforeQualifiersLeadsTheParty() {
        let found = edges("Orban's ruling Fidesz party lost the vote in Budapest.", date: "2025-11-01")
        XCTAssertTrue(found.contains("orban holds_role fidesz"), "\(found.sorted())")
    }

    func testAKnownLeaderAfterOfLeadsTheParty() {
        let found = edges("The conservative VVD of Dilan Yesilgoz lost seats.", date: "2025-11-01")
        XCTAssertTrue(found.contains("dilan_yesilgoz holds_role vvd"), "\(found.sorted())")
    }

    func testAPersonAfterOfWithNoRoleInThePartyLeadsNothing() {
        let found = edges("Voters of the D66 party of Geert Wilders' rivals went to the polls.", date: "2025-11-01")
        XCTAssertFalse(found.contains("geert_wilders holds_role d66"), "\(found.sorted())")
    }

    func testLedByAfterABracketedAcronymLeadsTheBody() {
        let found = edges("The Christian Democrats (CDA) led by Henri Bontenbal won 18 seats.", date: "2025-11-01")
        XCTAssertTrue(found.contains("henri_bontenbal holds_role cda"), "\(found.sorted())")
    }

    func testALexiconPhraseWithASpacedDashMatches() {
        let graph = sharedExtractor.extract(text: "وتسيطر الحركة الشعبية لتحرير السودان - شمال على مناطق في جنوب كردفان.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entity(id: "splm_n")?.kind, .organization)
    }

    func testAnOathIntoAnOfficeTheLexiconKnowsIsHeldThere() {
        let text = "نيالا - أدى محمد حسن التعايشي اليمين رئيسا للوزراء في الحكومة التي شكلها تحالف السودان التأسيسي في السودان."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-08-30")
        XCTAssertEqual(role(graph, "al_taishi", "tasis"), "prime_minister")
        XCTAssertNil(role(graph, "al_taishi", "sudan"))
    }

    func testTheLexiconKnowsEuropesMonarchs() {
        let graph = sharedExtractor.extract(text: "Spain's King Felipe met Dutch King Willem-Alexander in Madrid.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "felipe_vi", "spain"), "king")
        XCTAssertEqual(role(graph, "willem_alexander", "netherlands"), "king")
    }

    func testAGivenNameEndingAKnownNameIsNoSurname() {
        let graph = sharedExtractor.extract(text: "وقال رئيس الوزراء المولدوفي ألكسندرو مونتيانو إن بلاده تريد الانضمام إلى الاتحاد الأوروبي.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertNil(graph.entity(id: "willem_alexander"))
    }
}
