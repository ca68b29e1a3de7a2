import XCTest
@testable import Extraction

/// Three people or four states named again together, a relative clause holding a hyphened
/// measure, the GRU by name, and a mutual defence treaty.
final class TriplesAndHyphenedClausesTests: XCTestCase {
    func testTheThreeLeadersAreTheLastThreePeopleNamed() {
        let text = "وصل الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني فريدريش ميرتس ورئيس الوزراء البريطاني كير ستارمر إلى وارسو. "
            + "والتقى القادة الثلاثة الرئيس البولندي كارول نافروتسكي."
        let found = edges(text, date: "2025-09-01")
        XCTAssertTrue(found.isSuperset(of: ["macron met_with nawrocki", "merz met_with nawrocki", "nawrocki met_with starmer"]), "\(found)")
    }

    func testARelativeClauseHoldingAHyphenedMeasure() {
        XCTAssertTrue(edges("Norway, which shares a 198-kilometre border with Russia, joined NATO in 1949.").contains("norway borders russia"))
    }

    func testTheGRUByItsArabicName() {
        XCTAssertEqual(edges("اتهمت هولندا الاستخبارات العسكرية الروسية بشن هجمات إلكترونية."), ["netherlands criticizes gru", "gru part_of russia"])
    }

    func testAMutualDefenceTreatyIsAnAlliance() {
        XCTAssertEqual(edges("أكدت اليابان التزامها بمعاهدة الدفاع المشترك مع الولايات المتحدة."), ["japan allied_with united_states"])
        XCTAssertEqual(edges("Tokyo reaffirmed its mutual defense treaty with Washington."), ["japan allied_with united_states"])
    }

    func testAllFourCountriesAreTheFourNamedTogether() {
        let text = "Sweden, Finland, Norway and Denmark signed the deal, citing Russia. All four countries are members of NATO."
        XCTAssertEqual(Set(edges(text).filter { $0.hasSuffix("member_of nato") }),
                       ["sweden member_of nato", "finland member_of nato", "norway member_of nato", "denmark member_of nato"])
        XCTAssertEqual(edges("Sweden signed the deal with Finland, citing Russia. All four countries are members of NATO.")
            .filter { $0.hasSuffix("member_of nato") }, [])
    }
}
