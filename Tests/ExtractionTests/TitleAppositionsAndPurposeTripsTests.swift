import XCTest
import EntityGraph
@testable import Extraction

/// A known holder set off by commas after a title that names no office ("وزير الخارجية، أحمد
/// عطاف،"), Algeria's long foreign-minister title, members of a gathering each named after their
/// own title, and an English trip told in a relative clause ("who travelled on to Kigali later in
/// the day to meet").
final class TitleAppositionsAndPurposeTripsTests: XCTestCase {
    func testAKnownHolderSetOffByCommasAfterATitleWithNoOffice() {
        XCTAssertEqual(edges("قال وزير الخارجية، أحمد عطاف، إن الجزائر ترفض التدخل الأجنبي.", date: "2025-11-17"),
                       ["attaf holds_role algeria"])
        XCTAssertEqual(role(sharedExtractor.extract(text: "قال وزير الخارجية، أحمد عطاف، إن الجزائر ترفض التدخل الأجنبي.",
                                                    document: "t.txt", date: "2025-11-17"), "attaf", "algeria"), "foreign_minister")
    }

    func testAKnownPersonAfterATitleTheyDoNotHoldGetsNoRole() {
        XCTAssertEqual(edges("قال وزير الدفاع، أحمد عطاف، إن الجزائر ترفض التدخل الأجنبي.", date: "2025-11-17"), [])
    }

    func testAlgeriasForeignMinisterTitleWithItsRankAndPortfolios() {
        let text = "قال وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية، أحمد عطاف، إن الجزائر ترفض التدخل الأجنبي."
        XCTAssertEqual(edges(text, date: "2025-11-17"), ["attaf holds_role algeria"])
    }

    func testMembersOfAGatheringEachNamedAfterTheirOwnTitle() {
        let text = "احتضنت الجزائر اجتماعا ثلاثيا ضم وزير الدولة، وزير الشؤون الخارجية، أحمد عطاف، ووزير الخارجية المصري، بدر عبد العاطي، "
            + "ووزير الخارجية التونسي، محمد علي النفطي، لبحث الأوضاع في ليبيا."
        let found = edges(text, date: "2025-11-17")
        XCTAssertTrue(Set(["abdelatty met_with attaf", "attaf met_with mohamed_ali_nafti", "abdelatty met_with mohamed_ali_nafti"]).isSubset(of: found),
                      "\(found.sorted())")
    }

    func testANameAfterItsTitleStillEndsTheSubjectBeforeWith() {
        let text = "بحث وزير الدفاع البيلاروسي، فيكتور خرينين، مع نظيره الصيني، دونغ جون، في بكين سبل توسيع التعاون العسكري."
        XCTAssertTrue(edges(text, date: "2025-06-26").contains("dong_jun met_with khrenin"))
    }

    func testAMeetingAfterATripInARelativeClause() {
        let text = "Lavrov, who travelled on to Minsk later in the day to meet Belarusian President Alexander Lukashenko, said the talks went well."
        XCTAssertEqual(edges(text, date: "2025-11-17"),
                       ["lukashenko holds_role belarus", "belarus met_with lavrov", "lavrov met_with lukashenko"])
    }

    func testAMeetingAfterATripWithATimePhraseBetween() {
        XCTAssertTrue(edges("Sergei Lavrov travelled to Minsk later that day to meet Belarusian President Alexander Lukashenko.",
                            date: "2025-11-17").contains("lavrov met_with lukashenko"))
    }
}
