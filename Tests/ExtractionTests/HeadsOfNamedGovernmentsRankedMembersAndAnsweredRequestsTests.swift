import XCTest
@testable import Extraction

/// A head-of-government title before a named government, actors listed as examples of a plural
/// subject, a state ranked among a bloc's members, and a request named as what is answered.
final class HeadsOfNamedGovernmentsRankedMembersAndAnsweredRequestsTests: XCTestCase {
    func testAHeadOfGovernmentTitleGivesWayToTheGovernmentItNames() {
        let text = "قال رئيس حكومة الوحدة الوطنية الليبية سالم مختار إن الوضع مستقر."
        let graph = sharedExtractor.extract(text: text, document: "t", date: "2025-11-01")
        XCTAssertEqual(role(graph, "salm_mkhtar", "libya_gnu"), "prime_minister")
    }

    func testActorsListedAsExamplesAfterTheVerbAreItsSubject() {
        XCTAssertEqual(edges("وانتقدت دول عربية، بينها مصر والأردن، إسرائيل بشدة.", date: "2025-11-01"),
                       ["egypt criticizes israel", "jordan criticizes israel"])
    }

    func testActorsListedAsExamplesBeforeTheVerbAreItsSubject() {
        let text = "وكانت منظمات حقوقية، بينها منظمة العفو الدولية، قد انتقدت في السابق سياسات مالطا."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["amnesty criticizes malta"])
    }

    func testExamplesOfANounWithTheArticleAreNoSubject() {
        let text = "وخلافا لدول الساحل التي طردت القوات الفرنسية، مثل مالي والنيجر وبوركينا فاسو، حافظت الغابون على علاقات وثيقة مع باريس."
        XCTAssertFalse(edges(text, date: "2025-11-01").contains { $0.contains("attacks") }, "\(edges(text, date: "2025-11-01"))")
    }

    func testStatesListedAsExamplesDoNotAgreeWithEachOther() {
        let text = "Several countries in the region, including Antigua and Barbuda and Dominica, have agreed to accept small numbers of deportees."
        XCTAssertEqual(edges(text, date: "2025-11-01"), [])
    }

    func testAStateRankedAmongABlocsStatesIsAMember() {
        XCTAssertEqual(edges("وتعد مالطا، أصغر دول الاتحاد الأوروبي، من أقرب الدول إلى ليبيا.", date: "2025-11-01"),
                       ["malta member_of european_union"])
        XCTAssertEqual(edges("وقالت المجر، واحدة من دول حلف الناتو، إن الوضع خطير.", date: "2025-11-01"), ["hungary member_of nato"])
    }

    func testARequestAnsweredInEnglishIsMadeByItsAuthor() {
        XCTAssertEqual(edges("The Bahamas has rejected a request from the United States to accept migrants.", date: "2025-11-01"),
                       ["united_states requests bahamas"])
        XCTAssertEqual(edges("Egypt turned down Washington's request to host Palestinians.", date: "2025-11-01"),
                       ["united_states requests egypt"])
    }

    func testARequestAnsweredInArabicIsMadeByItsAuthorNotByWhoAnswers() {
        XCTAssertEqual(edges("ووافقت بيلاروسيا على طلب روسي بنشر قوات.", date: "2025-11-01"), ["russia requests belarus"])
        XCTAssertEqual(edges("ورفضت مصر طلبا أمريكيا باستقبال الفلسطينيين.", date: "2025-11-01"), ["united_states requests egypt"])
    }
}
