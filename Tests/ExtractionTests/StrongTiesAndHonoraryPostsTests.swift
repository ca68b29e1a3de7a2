import XCTest
@testable import Extraction

/// Relations called strong between two states, and "منصب" (a post) that names no one.
final class StrongTiesAndHonoraryPostsTests: XCTestCase {
    func testTheStrengthOfRelationsBetweenTwoStatesIsCooperation() {
        XCTAssertEqual(edges("وأكد رئيس الوزراء البريطاني كير ستارمر متانة العلاقات بين بريطانيا وأيرلندا."),
                       ["starmer holds_role united_kingdom", "ireland cooperates_with united_kingdom"])
    }

    func testAPostNamesNoOneAfterATitle() {
        XCTAssertEqual(entityKinds(in: "ويعد منصب الرئيس في أيرلندا منصبا شرفيا إلى حد كبير."), ["ireland state"])
    }
}
