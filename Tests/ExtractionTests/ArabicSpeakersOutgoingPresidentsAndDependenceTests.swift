import XCTest
@testable import Extraction

/// Unknown Arabic names after a verb of speech or of an oath, outgoing presidents, border verbs
/// with a pronoun in a main clause, dependence for security, and members of an organisation of states.
final class ArabicSpeakersOutgoingPresidentsAndDependenceTests: XCTestCase {
    func testAGivenNameAfterAnOathVerbOpensTheNameSworn() {
        XCTAssertEqual(edges("أدى بيتر موثاريكا، السبت، اليمين الدستورية رئيسا لمالاوي.", date: "2025-11-01"),
                       ["bitr_motharika holds_role malawi"])
    }

    func testAGivenNameAfterAVerbOfSpeechOpensAName() {
        let graph = sharedExtractor.extract(text: "وقال بيتر موثاريكا إن البلاد تواجه أزمة.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["bitr_motharika"])
        let single = sharedExtractor.extract(text: "وقال محمد إن الاتفاق مهم.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(single.entities.filter { $0.kind == .person }.map(\.id), [])
    }

    func testAnOutgoingPresidentHoldsTheTitle() {
        XCTAssertEqual(edges("فاز موثاريكا في مالاوي على الرئيس المنتهية ولايته لازاروس تشاكويرا.", date: "2025-11-01"),
                       ["lazaros_tshakoira holds_role malawi"])
    }

    func testABorderVerbWithAPronounInAMainClauseIsTheFirstStates() {
        XCTAssertEqual(edges("ومالاوي دولة حبيسة في جنوب شرق أفريقيا، تحدها زامبيا من الغرب وتنزانيا من الشمال.", date: "2025-11-01"),
                       ["malawi borders zambia", "malawi borders tanzania"])
    }

    func testRelyingOnAStateForSecurityIsItsSupportAndForFuelNone() {
        XCTAssertEqual(edges("Armenia, which has long relied on Russia for its security, stayed neutral.", date: "2025-11-01"),
                       ["russia supports armenia"])
        XCTAssertEqual(edges("Mongolia, which relies on Russia for most of its fuel, stayed neutral.", date: "2025-11-01"), [])
    }

    func testAStateMayBeAMemberOfAnOrganisationOfStates() {
        let text = "Mongolia did not arrest Putin despite a warrant from the International Criminal Court, of which Mongolia is a member."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["mongolia member_of icc"])
    }
}
