import XCTest
@testable import Extraction

/// A dual pronoun after a pair joined by و, creditors and lenders, and the southern African
/// leaders and customs union of the lexicon.
final class DualPronounsCreditorsAndSouthernLeadersTests: XCTestCase {
    func testADualPronounNamesThePairJustJoined() {
        XCTAssertEqual(edges("وتتشارك زامبيا وملاوي حدودا طويلة، وهما عضوان في مجموعة تنمية الجنوب الأفريقي."),
                       ["malawi borders zambia", "malawi member_of sadc", "zambia member_of sadc"])
    }

    func testALargestCreditorSupportsItsDebtor() {
        XCTAssertEqual(edges("China, Laos's largest creditor, built the railway."), ["china supports laos"])
        XCTAssertEqual(edges("The IMF, Pakistan's biggest lender, approved the loan."), ["imf supports pakistan"])
    }

    func testTheLexiconKnowsNamibiasPresidentAndTheSouthernAfricanCustomsUnion() {
        XCTAssertEqual(edges("وقالت الرئيسة الناميبية نيتومبو ناندي ندايتواه إن المشروع مهم."), ["nandi_ndaitwah holds_role namibia"])
        XCTAssertEqual(edges("وبوتسوانا عضو في الاتحاد الجمركي للجنوب الأفريقي."), ["botswana member_of sacu"])
    }
}
