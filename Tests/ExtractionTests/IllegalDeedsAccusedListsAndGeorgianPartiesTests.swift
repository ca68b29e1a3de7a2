import XCTest
@testable import Extraction

/// A deed called illegal, the speaker's own state's deed, a list accused before its predicate,
/// Georgia's opposition parties and Bulgaria's refinery.
final class IllegalDeedsAccusedListsAndGeorgianPartiesTests: XCTestCase {
    func testADeedCalledIllegalIsCriticismOfItsDoer() {
        let arabic = edges("وقال بيسكوف إن روسيا على اتصال مع بلغراد، معتبرا أن العقوبات الأمريكية غير قانونية.")
        XCTAssertTrue(arabic.contains("peskov criticizes united_states"), "\(arabic)")
        XCTAssertTrue(edges("Peskov said the U.S. sanctions were illegal.").contains("peskov criticizes united_states"))
        XCTAssertEqual(edges("وقالت الشرطة إن المهاجرين دخلوا البلاد بطريقة غير شرعية."), [])
        XCTAssertFalse(edges("Pakistan said it had deported illegal Afghan migrants.").contains { $0.contains("criticizes") })
    }

    func testASpeakerDoesNotCriticiseADeedOfTheirOwnState() {
        let text = "وردت موسكو بتوعد الغرب بـ«رد مؤلم»، وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن العقوبات «غير شرعية»."
        let found = edges(text)
        XCTAssertTrue(found.contains("russia threatens west"), "\(found)")
        XCTAssertFalse(found.contains("zakharova criticizes russia"), "\(found)")
    }

    func testAListNamedBeforeAnAccusationIsAccusedWhole() {
        let found = edges("Lavrov said Britain, France and Germany \"have committed crimes\" in Ukraine.")
        XCTAssertTrue(found.contains("lavrov criticizes united_kingdom"), "\(found)")
        XCTAssertTrue(found.contains("lavrov criticizes france"), "\(found)")
        XCTAssertTrue(found.contains("lavrov criticizes germany"), "\(found)")
    }

    func testGeorgiasOppositionPartiesAndBulgariasRefineryAreOrganisations() {
        XCTAssertEqual(entityKinds(in: "The United National Movement and the Coalition for Change boycotted the vote, and Strong Georgia refused its seats."),
                       ["coalition_for_change organization", "georgia state", "strong_georgia_lelo organization", "united_national_movement organization"])
        XCTAssertEqual(entityKinds(in: "وقالت بلغاريا إن مصفاة نفتوخيم بورغاس ستواصل العمل."), ["bulgaria state", "neftochim_burgas organization"])
    }
}
