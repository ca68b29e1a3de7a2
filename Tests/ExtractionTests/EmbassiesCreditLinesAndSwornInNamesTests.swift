import XCTest
@testable import Extraction

/// Missions opened in a state, credit extended to one, people the lexicon does not know named by
/// their oath, parties whose name closes with their state's, moves criticised in a relative
/// clause, and deputy and assistant secretaries-general.
final class EmbassiesCreditLinesAndSwornInNamesTests: XCTestCase {
    func testOpeningAnEmbassyWithAStateIsCooperation() {
        XCTAssertEqual(edges("افتتحت جمهورية فيجي، الأربعاء، سفارتها لدى إسرائيل في مدينة القدس.", date: "2025-11-01"),
                       ["fiji cooperates_with israel"])
    }

    func testAnEmbassyOpenedInACapitalIsWithItsState() {
        XCTAssertEqual(edges("Britain reopened its embassy in Kyiv.", date: "2025-11-01"), ["ukraine cooperates_with united_kingdom"])
        XCTAssertEqual(edges("Qatar was among the first Gulf states to reopen its embassy in Damascus.", date: "2025-11-01"),
                       ["qatar cooperates_with syria"])
    }

    func testOpeningAnythingElseIsNoCooperation() {
        XCTAssertEqual(edges("Britain opened talks in Kyiv.", date: "2025-11-01"), [])
    }

    func testCreditExtendedToAStateIsSupport() {
        XCTAssertEqual(edges("India has extended a $175 million credit line to Seychelles.", date: "2025-11-01"), ["india supports seychelles"])
        XCTAssertEqual(edges("The Security Council extended its mandate in Kosovo to December.", date: "2025-11-01"), [])
    }

    func testAnUnknownNameSwornInOpensWithAnyGivenName() {
        let text = "Patrick Herminie was sworn in as president of Seychelles on Sunday. Herminie, 63, thanked supporters."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["patrick_herminie holds_role seychelles"])
    }

    func testAPartyNameMayCloseWithItsStatesName() {
        let graph = sharedExtractor.extract(text: "Herminie, whose United Seychelles party ruled for decades, spoke.", document: "t.txt")
        XCTAssertEqual(graph.entity(id: "united_seychelles")?.aliases, ["United Seychelles", "United Seychelles party"])
        XCTAssertEqual(edges("The United Seychelles Party won.", date: "2025-11-01"), ["united_seychelles_party part_of seychelles"])
    }

    func testAMoveCriticisedInAnArabicRelativeClauseIsTheSentencesFirstActors() {
        XCTAssertEqual(edges("افتتحت فيجي سفارتها لدى إسرائيل، في خطوة انتقدتها مصر.", date: "2025-11-01"),
                       ["fiji cooperates_with israel", "egypt criticizes fiji"])
    }

    func testAMoveIsNotTheCriticsOwnBody() {
        XCTAssertEqual(edges("كما انتقد الأمين العام المساعد لجامعة الدول العربية حسام زكي الخطوة.", date: "2025-11-01"),
                       ["hsam_zki holds_role arab_league"])
    }

    func testDeputyAndAssistantSecretariesGeneralHoldTheirRoles() {
        let assistant = sharedExtractor.extract(text: "كما انتقد الأمين العام المساعد لجامعة الدول العربية حسام زكي الخطوة.", document: "t.txt")
        XCTAssertEqual(role(assistant, "hsam_zki", "arab_league"), "assistant_secretary_general")
        let deputy = sharedExtractor.extract(text: "NATO Deputy Secretary General Radmila Shekerinska visited Kyiv.", document: "t.txt")
        XCTAssertEqual(role(deputy, "radmila_shekerinska", "nato"), "deputy_secretary_general")
    }

    func testAPhraseOfAMoveIsNoMeetingPlace() {
        let text = "افتتحت فيجي سفارتها بحضور رئيس الوزراء الإسرائيلي بنيامين نتنياهو ونظيره الفيجي سيتيفيني رابوكا، في خطوة أدانتها السلطة الفلسطينية."
        XCTAssertNil(attribute("place", of: "netanyahu met_with sitifini_raboka", in: text, date: "2025-11-01"))
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("palestinian_authority criticizes fiji"))
    }

    func testTheObjectsGovernmentIsNotWhatIsAsked() {
        let text = "أدانت وزارة الخارجية الفلسطينية القرار، وطالبت حكومة فيجي بالتراجع عنه."
        XCTAssertEqual(attribute("what", of: "palestine requests fiji", in: text, date: "2025-11-01"), nil)
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("palestine requests fiji"))
    }
}
