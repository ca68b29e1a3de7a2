import XCTest
@testable import Extraction

/// An event noun after a verb of renewal with its own agent, a headline's next verb that is no
/// name, vetoes and blocks as refusals, and a noun that its "that" clause is about.
final class RenewalsVetoesAndHeadlinesTests: XCTestCase {
    func testAnEventNounsOwnAgentWinsOverTheRenewingSubject() {
        let text = "جدد ماكرون دعم باريس لاستقلال مولدوفا."
        XCTAssertTrue(edges(text).contains("france supports moldova"), "\(edges(text))")
        XCTAssertFalse(edges(text).contains("macron supports france"))
    }

    func testAConjoinedDualVerbAfterATitleIsNoName() {
        let graph = sharedExtractor.extract(text: "الرئيس يستقبل المبعوث الصيني ويبحثان انسحاب القوات", document: "t.txt")
        XCTAssertFalse(graph.entities.contains { $0.kind == .person }, "\(graph.entities.map(\.id))")
    }

    func testVetoesAndBlocksAreRefusals() {
        XCTAssertFalse(edges("Hungary vetoed sanctions against Russia on Monday.").contains { $0.contains("sanctions russia") })
        XCTAssertFalse(edges("عرقلت المجر العقوبات الأوروبية على روسيا.").contains { $0.contains("sanctions russia") })
        XCTAssertFalse(edges("Hungary continues to block accession talks with Ukraine.").contains("hungary met_with ukraine"))
        XCTAssertTrue(edges("Hungary held accession talks with Ukraine.").contains("hungary met_with ukraine"))
    }

    func testANounThatItsClauseIsAboutHasNoSubjectBeforeThat() {
        XCTAssertFalse(edges("Orbán argues that sanctions have hurt Europe more than Russia.").contains { $0.contains("sanctions") })
        XCTAssertTrue(edges("Orbán said that Hungary sanctions Russian oligarchs reluctantly.").contains("hungary sanctions russia"))
    }
}
