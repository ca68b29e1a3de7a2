import XCTest
@testable import Extraction

/// Hyphenated name words, a quoted office after a title, names spanning an apostrophe, the State
/// Department as a foreign ministry, partners not named after words of nearness, and criticism
/// drawn from someone.
final class HyphensQuotesAndNearnessTests: XCTestCase {
    func testAHyphenatedWordIsOneWordOfAName() {
        XCTAssertEqual(edges("Vietnamese Prime Minister Pham Minh-chinh met the delegation."), ["pham_minhchinh holds_role vietnam"])
    }

    func testAQuotedOfficeAfterATitleIsTheTitlesOffice() {
        let found = edges("وقال قائد \"قوات سوريا الديمقراطية\" مظلوم عبدي إن المفاوضات مستمرة.")
        XCTAssertTrue(found.contains { $0.hasSuffix("holds_role sdf") }, "\(found)")
    }

    func testANameMaySpanAnApostrophe() {
        XCTAssertTrue(edges("Turkey attacked the People's Protection Units in Syria.").contains("turkey attacks ypg"))
    }

    func testTheStateDepartmentIsAForeignMinistry() {
        XCTAssertEqual(edges("U.S. State Department spokeswoman Tammy Bruce said the talks would resume."),
                       ["tammy_bruce holds_role united_states_foreign_ministry", "united_states_foreign_ministry part_of united_states"])
    }

    func testNoOneNamedAfterNearIsAPartner() {
        XCTAssertEqual(edges("Russia held naval drills near Japan."), [])
    }

    func testCriticismDrawnFromSomeoneIsTheirs() {
        XCTAssertEqual(edges("Hungary blocked the aid package, drawing criticism from Poland."), ["poland criticizes hungary"])
    }
}
