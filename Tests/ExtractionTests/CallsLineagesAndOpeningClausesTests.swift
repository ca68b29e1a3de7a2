import XCTest
@testable import Extraction

/// Calls received from someone, lineages between a name and its apposition, honorific pronouns
/// that take no name, protests prompted by a deed, and talks told in a clause opening the
/// sentence.
final class CallsLineagesAndOpeningClausesTests: XCTestCase {
    func testACallReceivedFromSomeoneIsAMeetingWithThem() {
        XCTAssertTrue(edges("Qatar's Prime Minister Mohammed bin Abdulrahman received a phone call from Iranian Foreign Minister Abbas Araghchi.",
                            date: "2025-06-01").contains("araghchi met_with mohammed_bin_abdulrahman"))
        XCTAssertTrue(edges("تلقى وزير الخارجية القطري اتصالا هاتفيا من معالي وزير الخارجية الإيراني عباس عراقجي.", date: "2025-06-01")
            .contains { $0.hasPrefix("araghchi met_with") })
        XCTAssertFalse(edges("The minister received a delegation from Iran.").contains { $0.contains("met_with") })
    }

    func testALineageBetweenANameAndItsAppositionBelongsToTheName() {
        let text = "وصل الأمير فيصل بن فرحان بن عبدالله، وزير الخارجية، إلى طهران."
        XCTAssertTrue(edges(text, date: "2025-06-01").contains("faisal_bin_farhan holds_role saudi_arabia"), "\(edges(text))")
    }

    func testAnHonorificPronounTakesNoName() {
        let graph = sharedExtractor.extract(text: "استقبل أمير قطر الشيخ تميم بن حمد الضيف. وأكد سموه موقف المملكة الداعي إلى التهدئة.",
                                            document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["tamim"])
    }

    func testAProtestPromptedByADeedIsCriticismOfItsDoer() {
        XCTAssertTrue(edges("The European Union added Chinese companies to its sanctions list, prompting a protest from Beijing.")
            .contains("china criticizes european_union"))
    }

    func testTalksInAClauseOpeningTheSentenceAreHeldByTheMainSubject() {
        XCTAssertTrue(edges("After talks with Wang Yi in Beijing, Wadephul said China mattered.").contains("wadephul met_with wang_yi"))
        XCTAssertFalse(edges("After talks with Wang Yi in Beijing, China said trade mattered.").contains("china met_with wang_yi"))
    }
}
