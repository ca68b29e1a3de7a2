import XCTest
import EntityGraph
@testable import Extraction

/// "and" before an English title with its portfolio ("and Commerce Minister Piyush Goyal"); a
/// preposition repeated after و, a year between ("مع مصر عام 2003 ومع إسرائيل عام 2010"); the
/// visitor does what follows "حيث" after a visit.
final class PortfoliosRepeatedPrepositionsAndVisitorsTests: XCTestCase {
    func testAPortfolioBeforeAnEnglishTitleKeepsTheList() {
        let found = edges("Canadian Foreign Minister Anita Anand met Prime Minister Narendra Modi and Commerce Minister Piyush Goyal in New Delhi.",
                          date: "2025-10-13")
        XCTAssertTrue(found.isSuperset(of: ["anita_anand met_with modi", "anita_anand met_with piyush_goyal"]), "\(found.sorted())")
    }

    func testARepeatedPrepositionAfterAYearJoinsTheList() {
        let found = edges("وكانت قبرص قد وقعت اتفاقية مماثلة مع مصر عام 2003 ومع إسرائيل عام 2010.", date: "2025-11-26")
        XCTAssertTrue(found.isSuperset(of: ["cyprus cooperates_with egypt", "cyprus cooperates_with israel"]), "\(found.sorted())")
    }

    func testTheVisitorMeetsWhomTheClauseAfterWhereNames() {
        let text = "ويأتي الاجتماع تمهيدا لزيارة مرتقبة للرئيس الإندونيسي برابوو سوبيانتو إلى المملكة، حيث سيلتقي ولي العهد الأمير محمد بن سلمان."
        XCTAssertTrue(edges(text, date: "2025-11-20").contains("mohammed_bin_salman met_with prabowo"))
    }

    func testAPairAfterTheVerbIsItsOwnSubject() {
        let text = "وصل وزير الخارجية الكويتي عبدالله اليحيا إلى بغداد في زيارة رسمية، التقى خلالها نظيره العراقي فؤاد حسين، حيث بحث الجانبان العلاقات الثنائية."
        let found = edges(text, date: "2025-11-20")
        XCTAssertTrue(found.contains("iraq met_with kuwait"), "\(found.sorted())")
        XCTAssertFalse(found.contains { $0.hasPrefix("fuad_hussein met_with iraq") || $0.hasSuffix("met_with fuad_hussein") && $0.hasPrefix("iraq") })
    }
}
