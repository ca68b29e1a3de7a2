import XCTest
import EntityGraph
@testable import Extraction

/// "The two countries" after a list of examples, the dateline's state only when the story names
/// it, applying for a bloc's membership, and a state lying between two others.
final class StatePairsAndApplicationsTests: XCTestCase {
    func testTheTwoCountriesAreNotTwoOfAListOfExamples() {
        let text = "وقالت ليتوانيا إن بيلاروس تدفع المهاجرين نحو حدودها.\nوأضافت أن المهاجرين قدموا من دول مثل العراق وسوريا واليمن.\nوتمتد الحدود بين البلدين على طول 680 كيلومترا."
        let found = edges(text)
        XCTAssertTrue(found.contains("belarus borders lithuania") || found.contains("lithuania borders belarus"))
        XCTAssertFalse(found.contains { $0.contains("syria") || $0.contains("yemen") })
    }

    func testAnOutletsHomeCityGivesNoStateToUnqualifiedTitles() {
        let text = "الدوحة - الجزيرة\nقال رئيس الوزراء الإستوني كريستن ميخال إن بلاده ستغلق الحدود.\nمن جانبه، قال وزير الداخلية إيغور تارو إن القرار نهائي."
        XCTAssertEqual(offices(ofRole: "interior_minister", in: text), ["estonia"])
    }

    func testApplyingForABlocsMembershipIsARequest() {
        XCTAssertEqual(edges("Bosnia applied for EU membership in 2016."), ["bosnia_and_herzegovina requests european_union"])
        XCTAssertEqual(edges("He applied for asylum in Germany."), [])
    }

    func testStateLyingBetweenTwoOthersBordersBoth() {
        let found = edges("North Macedonia, which lies between Serbia and Greece, hosted the talks.")
        XCTAssertTrue(found.contains("north_macedonia borders serbia") || found.contains("serbia borders north_macedonia"))
        XCTAssertTrue(found.contains("north_macedonia borders greece") || found.contains("greece borders north_macedonia"))
    }
}
