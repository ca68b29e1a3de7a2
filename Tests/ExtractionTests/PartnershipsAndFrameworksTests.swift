import XCTest
@testable import Extraction

/// Partnerships and coordination as cooperation, blocs named as their framework, a suspended
/// partnership, and a reaction to what the sentence told before ("وهو ما انتقدته").
final class PartnershipsAndFrameworksTests: XCTestCase {
    func testAPartnershipOrCoordinationBetweenTwoStates() {
        XCTAssertEqual(edges("وأكد الزعيمان متانة الشراكة الاستراتيجية بين طوكيو وسول."), ["japan cooperates_with south_korea"])
        XCTAssertEqual(edges("وقالت باريس إنها ستواصل التنسيق مع برلين."), ["france cooperates_with germany"])
    }

    func testABlocNamedAsTheFrameworkIsNoPartner() {
        XCTAssertEqual(edges("واتفقت الهند والبرازيل على التنسيق في إطار مجموعة بريكس."), ["brazil cooperates_with india"])
        XCTAssertEqual(edges("Turkey and Hungary cooperate within NATO."), ["hungary cooperates_with turkey"])
    }

    func testASuspendedPartnershipIsNoCooperation() {
        XCTAssertEqual(edges("وعلقت واشنطن الشراكة الاستراتيجية مع تبليسي."), [])
        XCTAssertEqual(edges("Washington suspended its strategic partnership with Tbilisi."), [])
    }

    func testAReactionToWhatTheSentenceToldBefore() {
        let text = "وفرض الاتحاد الأوروبي عقوبات على شركات صينية، وهو ما انتقدته وزارة الخارجية الصينية بشدة."
        XCTAssertEqual(edges(text), ["european_union sanctions china", "china_foreign_ministry part_of china", "china criticizes european_union"])
        XCTAssertEqual(edges("وقال الوزير إن الوضع صعب، وهو ما انتقدته وزارة الخارجية الصينية."), ["china_foreign_ministry part_of china"],
                       "no deed was told before")
    }

    func testTwoStatesCoordinatingWithAThird() {
        XCTAssertEqual(edges("Estonia and Finland said they would coordinate their response with Oslo."),
                       ["estonia cooperates_with norway", "finland cooperates_with norway"])
        let drills = edges("Belarus and Russia began joint exercises near the border with Poland.")
        XCTAssertFalse(drills.contains { $0.contains("cooperates_with poland") || $0.hasPrefix("poland cooperates_with") },
                       "the border's partner is no partner of the exercises: \(drills)")
    }
}
