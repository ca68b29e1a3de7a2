import XCTest
import EntityGraph
@testable import Extraction

/// Members taken up by a pronoun after a list, a union's name in quotes before "بين", who names
/// a deed by an accusation, an event noun after a verb joined by و, a user of a territory with an
/// adverb before the verb, "the late" between a title and a name, a bare "minister" title before a
/// known minister, and a second bloc named with its preposition repeated.
final class ListPronounsAndNamingVerbsTests: XCTestCase {
    func testPronounAfterAListOfStatesMakesThemMembers() {
        let arabic = edges("تحد بيلاروسيا بولندا وليتوانيا ولاتفيا، وجميعها أعضاء في الاتحاد الأوروبي.")
        XCTAssertTrue(arabic.isSuperset(of: ["poland member_of european_union", "lithuania member_of european_union",
                                              "latvia member_of european_union"]))
        XCTAssertFalse(arabic.contains("belarus member_of european_union"))
        XCTAssertTrue(edges("Belarus borders Poland, Lithuania and Latvia, all of them members of NATO.")
            .isSuperset(of: ["poland member_of nato", "lithuania member_of nato", "latvia member_of nato"]))
        XCTAssertTrue(edges("وتحد روسيا البيضاء كلا من بولندا وليتوانيا، وهي دول أعضاء في حلف الناتو، كما تحد أوكرانيا من الجنوب.")
            .isSuperset(of: ["poland member_of nato", "lithuania member_of nato"]))
    }

    func testPronounAfterPeopleMakesNoMembers() {
        XCTAssertEqual(edges("التقى بوتين ولوكاشينكو، وهما عضوان في المجلس."), ["lukashenko met_with putin"])
    }

    func testUnionNamedInQuotesBeforeBetweenHasTheTwoAsMembers() {
        let text = "وقعت روسيا وبيلاروسيا اتفاقا جديدا للتعاون الاقتصادي.\nوقال الوزير إن الاتفاق يأتي في إطار «دولة الاتحاد» بين البلدين."
        XCTAssertTrue(edges(text).isSuperset(of: ["russia member_of union_state", "belarus member_of union_state"]))
    }

    func testNamingVerbJoinedByWawKeepsTheSubjectOfTheVerbBefore() {
        let text = "وفي وارسو، انتقد توسك الخطوة، ووصف التحركات الروسية بأنها \"استفزازية\"."
        XCTAssertEqual(edges(text), ["tusk criticizes russia"])
    }

    func testEventNounAfterAVerbJoinedByWawContinuesTheSpeaker() {
        XCTAssertEqual(edges("قال أندريه سيبيغا إن بلاده لن تتراجع، ووجه انتقادات حادة للمجر."), ["sybiha criticizes hungary"])
    }

    func testTerritoryUsedWithAnAdverbBeforeTheVerb() {
        let found = edges("Vilnius warned that Moscow could again use Belarusian territory to attack Lithuania.")
        XCTAssertTrue(found.contains("russia attacks lithuania"))
        XCTAssertFalse(found.contains("belarus attacks lithuania"))
    }

    func testLateHolderBetweenTitleAndName() {
        XCTAssertEqual(edges("وكان الرئيس الحالي قد انتخب خلفا للرئيس الراحل إبراهيم رئيسي.", date: "2025-01-10"),
                       ["raisi holds_role iran"])
        XCTAssertEqual(edges("عين ألينيك وزيرا للخارجية خلفا للوزير الراحل فلاديمير ماكيه.", date: "2023-06-29"),
                       ["makei holds_role belarus"])
    }

    func testBareMinisterTitleTakesTheKnownPortfolio() {
        XCTAssertEqual(attribute("role", of: "lavrov holds_role russia", in: "وقال الوزير سيرغي لافروف ذلك.", date: "2023-06-29"),
                       "foreign_minister")
    }

    func testSecondBlocWithItsPrepositionRepeated() {
        let arabic = "يذكر أن بيلاروسيا عضو في منظمة معاهدة الأمن الجماعي التي تقودها روسيا، وفي الاتحاد الاقتصادي الأوراسي."
        XCTAssertTrue(edges(arabic).isSuperset(of: ["belarus member_of csto", "belarus member_of eaeu"]))
        XCTAssertTrue(edges("Belarus is a member of the CSTO and of the Eurasian Economic Union.").contains("belarus member_of eaeu"))
        XCTAssertEqual(edges("انضمت فنلندا إلى الناتو، وفي موسكو انتقد الكرملين الخطوة."), ["finland member_of nato"])
    }
}
