import XCTest
@testable import Extraction

/// A restrictive relative clause that shares a border is about the state its apposition
/// describes; a bare ministry before a title is the one the story named last; acting "in breach
/// of" a rule is the reporter's criticism of the reported clause's subject; "our two countries"
/// are the last two states; a preposition that opens another event's noun introduces no one asked.
final class RelativeBordersBreachesAndOurTwoCountriesTests: XCTestCase {
    func testARelativeClauseAfterAnOfPhraseSharesTheBorderOfTheDescribedState() {
        let shared = edges("Norway, a founding member of NATO that shares a 198-km (123-mile) border with Russia in the Arctic, joined the sanctions.")
        XCTAssertTrue(shared.contains("norway borders russia"), "\(shared)")
        XCTAssertFalse(shared.contains { $0.hasPrefix("nato borders") }, "\(shared)")
        let intelligence = edges("Norway, a founding member of NATO that shares intelligence with Russia, joined the sanctions.")
        XCTAssertFalse(intelligence.contains { $0.contains("borders") }, "\(intelligence)")
    }

    func testABareMinistryBeforeATitleIsTheOneNamedLast() {
        let russian = sharedExtractor.extract(text: "Russia's foreign ministry said it was concerned. "
            + "Foreign ministry spokeswoman Maria Zakharova told a briefing that the move was illegal.", document: "t.txt")
        XCTAssertEqual(role(russian, "zakharova", "russia_foreign_ministry"), "spokesperson")
        let ukrainian = sharedExtractor.extract(text: "Ukraine's foreign ministry condemned the strike. "
            + "Foreign ministry spokesman Heorhiy Tykhyi said Kyiv would respond.", document: "t.txt")
        XCTAssertEqual(role(ukrainian, "heorhiy_tykhyi", "ukraine_foreign_ministry"), "spokesperson")
        let unnamed = sharedExtractor.extract(text: "Foreign ministry spokeswoman Maria Zakharova told a briefing that the move was illegal.",
                                              document: "t.txt")
        XCTAssertEqual(role(unnamed, "zakharova", "russia"), "spokesperson")
        XCTAssertNil(role(unnamed, "zakharova", "russia_foreign_ministry"))
    }

    func testActingInBreachOfARuleIsTheReportersCriticismOfTheClausesSubject() {
        let english = edges("Maria Zakharova told a weekly briefing in Moscow that Oslo had allowed allied warships to operate "
                            + "near the islands in breach of the treaty.")
        XCTAssertTrue(english.contains("zakharova criticizes norway"), "\(english)")
        let violation = edges("Lavrov said that Finland had closed the border in violation of international law.")
        XCTAssertTrue(violation.contains("lavrov criticizes finland"), "\(violation)")
        let arabic = edges("قالت زاخاروفا إن النرويج سمحت بنشر سفن حربية في خرق للمعاهدة.")
        XCTAssertTrue(arabic.contains("zakharova criticizes norway"), "\(arabic)")
        let other = edges("Lavrov said that Finland had allowed Britain to fly drones in breach of the treaty.")
        XCTAssertFalse(other.contains("lavrov criticizes finland"), "\(other)")
    }

    func testOurTwoCountriesAreTheLastTwoStates() {
        let arabic = edges("استقبل ترامب الرئيس الفنلندي ستوب. وقال ستوب إن الاتفاق يعزز الشراكة بين بلدينا ويقوي أمن حلف شمال الأطلسي.")
        XCTAssertTrue(arabic.contains("finland cooperates_with united_states"), "\(arabic)")
        XCTAssertFalse(arabic.contains("finland cooperates_with nato"), "\(arabic)")
        let english = edges("Trump received Finnish President Stubb. Stubb said the deal deepened the partnership between our two countries.")
        XCTAssertTrue(english.contains("finland cooperates_with united_states"), "\(english)")
    }

    func testAPrepositionOpeningAnotherEventsNounIntroducesNoOneAsked() {
        let sanctions = edges("قال ستوب إن الضغط على روسيا يجب أن يستمر، داعيا إلى فرض مزيد من العقوبات على موسكو.")
        XCTAssertFalse(sanctions.contains { $0.contains("requests") }, "\(sanctions)")
        let treaty = edges("وطلبت إستونيا إجراء مشاورات بموجب المادة الرابعة من معاهدة حلف شمال الأطلسي.")
        XCTAssertTrue(treaty.contains("estonia requests nato"), "\(treaty)")
    }
}
