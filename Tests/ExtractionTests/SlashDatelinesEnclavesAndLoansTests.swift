import XCTest
@testable import Extraction

/// Datelines written with a slash, a minister's state after "في", tariffs written as "رسوما",
/// states surrounded by others, loans, thanks for training, and a ruling party's general
/// secretary stated in a relative clause.
final class SlashDatelinesEnclavesAndLoansTests: XCTestCase {
    func testADatelineWithASlashGivesTheStoryItsState() {
        let text = "بوتسوانا تطلب إعفاء صادراتها\n\nغابورون/ الأناضول\n\nوالتقى الممثل التجاري الأمريكي جيميسون غرير وفدا حكوميا.\n\n"
            + "وقال وزير الخارجية فينياس موتوتيلا إن بلاده لا تستطيع الصمود."
        XCTAssertEqual(edges(text), ["finias_mototila holds_role botswana", "jimison_ghrir holds_role united_states"])
    }

    func testAMinistersStateMayFollowHisPortfolioAfterFi() {
        XCTAssertEqual(edges("وقال وزير الزراعة في زامبيا مويبا موسوندا إن المحصول تراجع."), ["moiba_mosonda holds_role zambia"])
    }

    func testTariffsWrittenAsFeesAreSanctions() {
        XCTAssertEqual(edges("وفرضت واشنطن في مايو الماضي رسوما بنسبة 30 بالمئة على واردات ناميبيا."), ["united_states sanctions namibia"])
    }

    func testAStateSurroundedByOthersBordersThem() {
        XCTAssertEqual(edges("وتعتمد إسواتيني، المحاطة بالكامل بأراضي جنوب أفريقيا وموزمبيق، على الزراعة."),
                       ["eswatini borders mozambique", "eswatini borders south_africa"])
        XCTAssertEqual(edges("Lesotho, which is entirely surrounded by South Africa, depends on textile exports."), ["lesotho borders south_africa"])
    }

    func testLendingIsSupport() {
        XCTAssertEqual(edges("Japan has lent Sri Lanka billions of dollars for its ports."), ["japan supports sri_lanka"])
    }

    func testThanksForTrainingAreForSupportButNotThanksForHelpingToEndAWar() {
        XCTAssertEqual(edges("The Cambodian premier thanked Beijing for training thousands of engineers.", date: "2025-06-01"),
                       ["china supports cambodia", "hun_manet holds_role cambodia"])
        XCTAssertEqual(edges("Trump wanted to thank Munir for helping to end the fighting."), [])
    }

    func testARulingPartysGeneralSecretaryInARelativeClause() {
        XCTAssertEqual(edges("He met Lao President Thongloun Sisoulith, who is also general secretary of the ruling Lao People's Revolutionary Party."),
                       ["lao_peoples_revolutionary_party part_of laos", "thongloun_sisoulith holds_role lao_peoples_revolutionary_party",
                        "thongloun_sisoulith holds_role laos"])
    }
}
