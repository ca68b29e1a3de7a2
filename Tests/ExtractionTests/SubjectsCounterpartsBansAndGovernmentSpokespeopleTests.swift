import XCTest
@testable import Extraction

/// The counterpart of a sentence's subject named after the person met, thanks written as a
/// participle, the EU's court, bans on trade and entry, people spelled out after a count, persona
/// non grata, a bare government's spokesperson, a national title of a person the lexicon places
/// in a body, and the state a bloc ranks.
final class SubjectsCounterpartsBansAndGovernmentSpokespeopleTests: XCTestCase {
    func testTheCounterpartNamedAfterThePersonMetIsTheSubjectsCounterpartInTheHostState() {
        let arabic = "التقى وزير الخارجية المجري بيتر سيارتو رئيس الوزراء السلوفاكي روبرت فيتسو ونظيره ماريك كوفاتش في براتيسلافا."
        let graph = sharedExtractor.extract(text: arabic, document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "marik_kofatsh", "slovakia"), "foreign_minister")
        XCTAssertNil(role(graph, "marik_kofatsh", "hungary"))
        let found = edges(arabic, date: "2025-11-01")
        XCTAssertTrue(found.contains("marik_kofatsh met_with szijjarto"), "\(found)")
        XCTAssertFalse(found.contains("fico met_with marik_kofatsh"), "\(found)")
        let english = "Turkish Foreign Minister Hakan Fidan met Montenegro's Prime Minister Milojko Spajic and his counterpart Ervin Ibrahimovic in Podgorica."
        let englishGraph = sharedExtractor.extract(text: english, document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(englishGraph, "ervin_ibrahimovic", "montenegro"), "foreign_minister")
        XCTAssertFalse(edges(english).contains("ervin_ibrahimovic met_with milojko_spajic"), "\(edges(english))")
    }

    func testACounterpartWithItsOwnNisbaStaysTheCounterpartOfThePersonBeforeIt() {
        let text = "استقبل الرئيس السيسي رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس ونظيره الإيطالي جورجيا ميلوني."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "meloni", "italy"), "prime_minister")
    }

    func testThanksWrittenAsAParticipleGiveTheThankedOnesSupport() {
        let found = edges("وقال الرئيس التونسي إن بلاده تقدر الموقف، معربا عن شكره للجزائر على دعمها.")
        XCTAssertTrue(found.contains("algeria supports tunisia"), "\(found)")
    }

    func testTheEuropeanUnionsCourtIsAnOrganisationOfTheUnion() {
        let found = edges("انتقدت الحكومة الإيطالية حكم محكمة العدل الأوروبية بشأن المهاجرين.")
        XCTAssertTrue(found.contains("italy criticizes cjeu"), "\(found)")
        XCTAssertEqual(entityKinds(in: "The European Court of Justice ruled against Poland."), ["cjeu organization", "poland state"])
    }

    func testABanOnTradeOrEntryIsASanction() {
        XCTAssertTrue(edges("Germany banned arms exports to Israel.").contains("germany sanctions israel"))
        let trade = edges("Norway bans trade with Russia's occupied regions, including Crimea.")
        XCTAssertTrue(trade.contains("norway sanctions russia"), "\(trade)")
        XCTAssertFalse(trade.contains("norway cooperates_with russia"), "\(trade)")
        let entry = edges("Latvia said on Monday it was barring Russian citizens from entering the country.")
        XCTAssertTrue(entry.contains("latvia sanctions russia"), "\(entry)")
        let laws = edges("Prosecutors want Dodik questioned over laws passed by the entity's parliament that ban Bosnia's national police from operating there.")
        XCTAssertFalse(laws.contains { $0.contains("sanctions") }, "\(laws)")
        let loyal = edges("The spokesman said the operation aimed to expel militants and units loyal to the Islah party from the valley.")
        XCTAssertFalse(loyal.contains { $0.contains("sanctions") }, "\(loyal)")
    }

    func testPeopleSpelledOutAfterACountBetweenCommasAreTheObject() {
        let found = edges("Slovenia barred two far-right ministers, Itamar Ben-Gvir and Bezalel Smotrich, from entering the country.")
        XCTAssertTrue(found.contains("slovenia sanctions ben_gvir"), "\(found)")
        XCTAssertTrue(found.contains("slovenia sanctions smotrich"), "\(found)")
        XCTAssertEqual(edges("Russia expelled two diplomats, the embassy said."), [])
    }

    func testDeclaringSomeonePersonaNonGrataIsASanction() {
        XCTAssertTrue(edges("Russia declared the British diplomat persona non grata.").contains("russia sanctions united_kingdom"))
        XCTAssertTrue(edges("أعلنت مولدوفا الدبلوماسي الروسي شخصا غير مرغوب فيه.").contains("moldova sanctions russia"))
        XCTAssertFalse(edges("Russia declared war on Ukraine on Thursday.").contains { $0.contains("sanctions") })
        let announced = edges("أعلن الجيش البولندي أنه أسقط عدة طائرات مسيرة روسية اخترقت المجال الجوي البولندي.")
        XCTAssertTrue(announced.contains("russia attacks poland"), "\(announced)")
    }

    func testABareGovernmentsSpokespersonSpeaksForTheStoryState() {
        let text = "Slovenia banned arms imports. Government spokesman Ivan Horvat said the step was needed."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "ivan_horvat", "slovenia"), "spokesperson")
        let owned = sharedExtractor.extract(text: "Slovenia banned arms imports. The government spokesman Ivan Horvat said the step was needed.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertNil(role(owned, "ivan_horvat", "slovenia"))
    }

    func testANationalTitleIsTheStatesEvenForAPersonTheLexiconPlacesInABody() {
        let graph = sharedExtractor.extract(text: "Libya's Prime Minister Abdul Hamid Dbeibah met Libyan commander Khalifa Haftar.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "dbeibah", "libya"), "prime_minister")
        XCTAssertEqual(role(graph, "khalifa_haftar", "lna"), "commander")
        XCTAssertNil(role(graph, "khalifa_haftar", "libya"))
    }

    func testTheStateABlocRanksActsInTheInfinitiveAfterIt() {
        let found = edges("Slovenia became the first EU country to ban arms trade with Israel.")
        XCTAssertTrue(found.contains("slovenia sanctions israel"), "\(found)")
        XCTAssertFalse(found.contains("european_union sanctions israel"), "\(found)")
        XCTAssertFalse(found.contains("european_union cooperates_with israel"), "\(found)")
        let recognised = edges("Spain became the first NATO member to recognise Palestine.")
        XCTAssertTrue(recognised.contains("palestine cooperates_with spain"), "\(recognised)")
        XCTAssertFalse(recognised.contains("nato cooperates_with palestine"), "\(recognised)")
    }
}
