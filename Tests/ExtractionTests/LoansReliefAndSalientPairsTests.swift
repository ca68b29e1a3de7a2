import XCTest
@testable import Extraction

/// Loans received, aid announced with no recipient named, relief teams, Spanish given names before
/// an oath, nicknames in quotation marks, "seek ... from", and the pair "the two countries" means
/// when meetings tie.
final class LoansReliefAndSalientPairsTests: XCTestCase {
    func testALoanReceivedIsTheLendersSupport() {
        XCTAssertEqual(edges("حصلت باكستان على قرض من صندوق النقد الدولي."), ["imf supports pakistan"])
        XCTAssertEqual(edges("Pakistan secured a loan from the International Monetary Fund."), ["imf supports pakistan"])
    }

    func testAidAnnouncedWithNoRecipientGoesToTheLastOneSupported() {
        XCTAssertEqual(edges("أرسلت الهند مساعدات إلى سريلانكا. وأعلنت اليابان تقديم مساعدات طارئة."),
                       ["india supports sri_lanka", "japan supports sri_lanka"])
        XCTAssertEqual(edges("أعلنت اليابان تقديم مساعدات طارئة."), [])
    }

    func testReliefTeamsSentAreSupport() {
        XCTAssertEqual(edges("وقالت الصين إنها سترسل فرق إغاثة إلى سريلانكا."), ["china supports sri_lanka"])
    }

    func testASpanishGivenNameOpensTheNameOfOneSwornIn() {
        XCTAssertEqual(edges("Rodrigo Paz was sworn in as Bolivia's president."), ["rodrigo_paz holds_role bolivia"])
    }

    func testANicknameInQuotationMarksStaysInTheName() {
        let graph = sharedExtractor.extract(text: "Paz defeated former President Jorge \"Tuto\" Quiroga in an October runoff.", document: "t.txt", date: nil)
        XCTAssertEqual(graph.entity(id: "jorge_tuto_quiroga")?.aliases, ["Jorge \"Tuto\" Quiroga", "Quiroga"])
    }

    func testSeekingSomethingFromAStateIsARequest() {
        XCTAssertEqual(edges("Bolivia will seek financing from the United States."), ["bolivia requests united_states"])
    }

    func testOfTiedPairsTheTwoCountriesAreTheMoreMentioned() {
        let text = "Bolivian President Rodrigo Paz met U.S. Deputy Secretary of State Christopher Landau in La Paz on Saturday. "
            + "Bolivia wants investment. Landau also met Argentine President Javier Milei. The two countries agreed to restore ambassadors."
        let found = edges(text)
        XCTAssertTrue(found.contains("bolivia cooperates_with united_states"), "\(found)")
        XCTAssertFalse(found.contains("argentina cooperates_with united_states"), "\(found)")
    }
}
