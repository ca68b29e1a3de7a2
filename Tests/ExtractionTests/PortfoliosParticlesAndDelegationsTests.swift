import XCTest
import EntityGraph
@testable import Extraction

/// Event words inside an English portfolio, a capitalised "Al" after "bin", "الحالي" between a
/// title and its holder, judges of a federal supreme court, and the Group of 20 by that name.
final class PortfoliosParticlesAndDelegationsTests: XCTestCase {
    func testAnEventWordInsideAPortfolioKeepsTheNisbaAsTheOffice() {
        let graph = sharedExtractor.extract(text: "Canadian International Trade Minister Maninder Sidhu spoke.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "maninder_sidhu", "canada"), "minister")
        XCTAssertTrue(graph.relations.allSatisfy { $0.type == .holdsRole }, "\(graph.relations)")
    }

    func testACapitalisedAlAfterBinIsPartOfTheName() {
        let graph = sharedExtractor.extract(text: "He held talks with UAE Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Thani bin Ahmed Al Zeyoudi"])
    }

    func testTheCurrentPresidentIsThePresident() {
        let graph = sharedExtractor.extract(text: "وخسر الانتخابات أمام الرئيس الحالي لويس إيناسيو لولا دا سيلفا.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "lula", "brazil"), "president")
    }

    func testAJudgeOfAFederalSupremeCourtIsNamed() {
        let graph = sharedExtractor.extract(text: "وجاء الاعتقال بأمر من قاضي المحكمة الاتحادية العليا ألكسندر دي مورايس.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.count, 1, "\(graph.entities.map(\.id))")
        XCTAssertTrue(graph.entities.contains { $0.aliases.contains("ألكسندر دي مورايس") }, "\(graph.entities.map(\.aliases))")
    }

    func testTheGroupOfTwentyByNumber() {
        let found = edges("Canada holds the presidency of the Group of 20 this year.", date: "2025-11-01")
        XCTAssertEqual(found, ["canada member_of g20"])
    }
}
