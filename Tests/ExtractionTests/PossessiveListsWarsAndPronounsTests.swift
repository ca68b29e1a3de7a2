import XCTest
@testable import Extraction

/// People named after their states' possessives in one list, a person's latest office when the
/// article has no date, meetings held as "their" meeting, stopped strikes, wars fought "with",
/// places named after a plural place noun, and the pronoun after an English participle.
final class PossessiveListsWarsAndPronounsTests: XCTestCase {
    func testPeopleAfterTheirStatesPossessivesFormOneList() {
        XCTAssertTrue(edges("Russia's Putin and China's Xi met in Beijing.").contains("putin met_with xi_jinping"))
    }

    func testWithoutADateAPersonHoldsTheirLatestOffice() {
        XCTAssertEqual(attribute("role", of: "putin holds_role russia", in: "Russia's Putin spoke on Friday."), "president")
    }

    func testTheirFirstMeetingIsAMeetingOfTheTwo() {
        XCTAssertTrue(edges("Erdogan and Aliyev held their first meeting since the war.").contains("erdogan met_with ilham_aliyev"))
    }

    func testStoppedStrikesAreNoAttack() {
        XCTAssertEqual(edges("وتوقفت الضربات الأميركية على اليمن بموجب الاتفاق."), [])
    }

    func testAWarFoughtWithAStateIsAnAttack() {
        XCTAssertEqual(edges("Ethiopia fought a war with Eritrea in 1998."), ["ethiopia attacks eritrea"])
    }

    func testAPlaceAfterAPluralPlaceNounIsTheObject() {
        XCTAssertTrue(edges("Russia keeps troops in the breakaway regions of Abkhazia and South Ossetia.").contains("russia deploys_to georgia"))
    }

    func testThePronounAfterAParticipleIsTheObjectBeforeIt() {
        let found = edges("The United States sanctioned Bidzina Ivanishvili, accusing him of undermining democracy.")
        XCTAssertTrue(found.contains("united_states criticizes ivanishvili"), "\(found)")
    }
}
