import XCTest
import EntityGraph
@testable import Extraction

/// "the two" as the subject of a verb, a border named by the two states that qualify it, a
/// proclitic written apart before what the object is accused of, a diplomatic rank between an
/// office and its holder's name.
final class PairsBordersAndRanksTests: XCTestCase {
    func testTheTwoBeforeAVerbAreThePeopleWhoMet() {
        XCTAssertTrue(edges("Lithuanian Foreign Minister Kestutis Budrys hosted his Polish counterpart Radoslaw Sikorski in Vilnius, and the two agreed to coordinate their response.")
            .contains("lithuania cooperates_with poland"))
        XCTAssertEqual(edges("Macron met Merz in Paris. Britain sanctioned the two companies last week."), ["macron met_with merz"])
    }

    func testABorderNamedByItsTwoStates() {
        XCTAssertEqual(edges("Migrants gathered at the Polish-Belarusian border."), ["belarus borders poland"])
        XCTAssertEqual(edges("The Russia-Ukraine border remains tense."), ["russia borders ukraine"])
        XCTAssertEqual(edges("وتجمع المهاجرون على الحدود البولندية البيلاروسية."), ["belarus borders poland"])
        XCTAssertEqual(edges("وعزز الجيش البولندي الحدود."), ["poland_army part_of poland"])
    }

    func testAProcliticWrittenApartOpensWhatTheObjectIsAccusedOf() {
        XCTAssertTrue(edges("ونفت السفارة الروسية في هلسنكي أي علاقة لموسكو بالحادث، واتهمت الحكومة الفنلندية بـ«تأجيج الهستيريا».")
            .contains("russia criticizes finland"))
    }

    func testADiplomaticRankBeforeTheName() {
        let found = edges("وقال المتحدث الرسمي باسم وزارة الخارجية المصرية السفير تميم خلاف إن الوزيرين بحثا التعاون.")
        XCTAssertEqual(found.filter { $0.contains("holds_role") }.map { $0.components(separatedBy: " ").last! }, ["egypt_foreign_ministry"])
    }
}
