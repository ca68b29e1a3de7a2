import XCTest
@testable import Extraction

/// A meeting that "brought the two together" with no one named after it, and a party "of" a
/// titled person, whose title is no office of the party.
final class DualGatheringsAndPartiesOfTitledPeopleTests: XCTestCase {
    func testAMeetingThatBroughtTheTwoTogetherJoinsThePeopleNamedBefore() {
        let found = edges("وقال أوربان إن ترامب منح بلاده إعفاء، وذلك عقب لقاء جمعهما في البيت الأبيض.", date: "2025-11-01")
        XCTAssertTrue(found.contains("orban met_with trump") || found.contains("trump met_with orban"), "\(found)")
        let one = edges("وقال أوربان إن بلاده ستشتري الغاز، وذلك عقب لقاء جمعهما في البيت الأبيض.", date: "2025-11-01")
        XCTAssertFalse(one.contains { $0.contains("met_with") }, "one person named: \(one)")
    }

    func testAPartyOfATitledPersonHasHimAsMemberNotAsItsOfficer() {
        let found = edges("The Freedom party of Deputy Prime Minister Tomas Novak criticised NATO.")
        XCTAssertTrue(found.contains("tomas_novak member_of freedom"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("tomas_novak holds_role") }, "\(found)")
        XCTAssertTrue(edges("UN human rights chief Volker Turk met Hegseth.").contains("volker_turk holds_role united_nations"),
                      "lowercase words that are no stopword still stand between")
    }
}
