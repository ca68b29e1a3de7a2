import XCTest
import EntityGraph
@testable import Extraction

/// Joint statements of the states a sentence opens with; "آل" in family names; the two-state
/// solution is no pair of states; a second title of the same subject; backers ranked in
/// apposition; calls named by a noun.
final class JointStatementsAndRankedBackersTests: XCTestCase {
    func testAJointStatementOfTheStatesTheSentenceOpensWith() {
        XCTAssertEqual(edges("أكدت الكويت وعمان والبحرين، الأحد، دعمها للعراق، وذلك في بيان مشترك.", date: "2025-02-02"),
                       ["kuwait cooperates_with oman", "bahrain cooperates_with kuwait", "bahrain cooperates_with oman"])
    }

    func testAFamilyNameAfterAl() {
        let graph = sharedExtractor.extract(text: "وقال وزير الدولة الإماراتي الشيخ راشد بن حمدان آل نهيان إن بلاده تدعم الاتفاق.",
                                            document: "t.txt", date: "2025-02-02")
        XCTAssertEqual(role(graph, "rashd_bn_hmdan_al_nhian", "united_arab_emirates"), "minister_of_state")
    }

    func testTheTwoStateSolutionNamesNoPairOfStates() {
        let explained = sharedExtractor.explain(text: """
            التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الفلسطيني محمود عباس في باريس، وأكد الرئيسان التزامهما بحل الدولتين.
            """, document: "t.txt", date: "2025-02-02")
        let surfaces = explained.sentences.flatMap(\.mentions).map(\.surface)
        XCTAssertTrue(surfaces.contains("الرئيسان"), "\(surfaces)")
        XCTAssertFalse(surfaces.contains("الدولتين"), "\(surfaces)")
    }

    func testASecondTitleOfTheSubjectBeforeAnAside() {
        let found = edges("استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، الأحد، الرئيس المصري عبد الفتاح السيسي.",
                          date: "2025-02-02")
        XCTAssertTrue(found.contains("mohammed_bin_salman met_with sisi"), "\(found)")
    }

    func testABackerRankedInApposition() {
        let found = edges("وزار الرئيس السوري أحمد الشرع قطر، أحد أبرز داعمي سوريا.", date: "2025-02-02")
        XCTAssertTrue(found.contains("qatar supports syria"), "\(found)")
    }

    func testACallNamedByANoun() {
        XCTAssertTrue(edges("جاء ذلك بعد دعوة الرئيس الروسي فلاديمير بوتين أوكرانيا إلى الانسحاب من كورسك.", date: "2024-09-01")
            .contains("putin requests ukraine"))
    }
}
