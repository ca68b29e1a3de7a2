import XCTest
import EntityGraph
@testable import Extraction

/// Arabic neighbours in apposition, the members of a group named with its number, appositions of
/// up to ten words, lists after "عضو في", capitals as places, "whose country", pronouns joined to
/// a complementizer, and military bases.
final class NeighboursGroupsAndComplementPronounsTests: XCTestCase {
    func testStatesBeforeAnArabicNeighbourNounBorderTheStateAfterIt() {
        let found = edges("وتنتقد ليتوانيا وبولندا، الجارتان لبيلاروسيا، سياسة المجر. وأعلنت فنلندا، الجارة الشمالية لروسيا، إغلاق المعبر.")
        XCTAssertTrue(found.isSuperset(of: ["belarus borders lithuania", "belarus borders poland", "finland borders russia"]), "\(found)")
    }

    func testANeighbourNounWithoutACommaBeforeItNamesNoBorder() {
        XCTAssertFalse(edges("وقالت ليتوانيا إن الجارة لبولندا تواجه أزمة.").contains("lithuania borders poland"))
    }

    func testTheThreeBalticStatesAreTheirMembersWhateverWasNamedBefore() {
        let arabic = edges("وزار الوزير بولندا وألمانيا وفرنسا. وتتهم دول البلطيق الثلاث موسكو بشن حرب هجينة ضدها.")
        XCTAssertTrue(arabic.isSuperset(of: ["estonia criticizes russia", "latvia criticizes russia", "lithuania criticizes russia"]), "\(arabic)")
        XCTAssertFalse(arabic.contains("poland criticizes russia"))
        let english = edges("The three Baltic states accused Moscow of waging a hybrid war.")
        XCTAssertTrue(english.isSuperset(of: ["estonia criticizes russia", "latvia criticizes russia", "lithuania criticizes russia"]), "\(english)")
    }

    func testTheYearOfAnAppositionOfTenWordsIsNotTheVerbsDate() {
        let text = "وتتهم ليتوانيا، العضو في حلف شمال الأطلسي منذ عام 2004، روسيا بشن حرب هجينة."
        XCTAssertTrue(edges(text).isSuperset(of: ["lithuania criticizes russia", "lithuania member_of nato"]), "\(edges(text))")
        XCTAssertNil(attribute("date", of: "lithuania criticizes russia", in: text))
    }

    func testASecondBlocAfterMemberOfIsNoSubject() {
        let found = edges("ويعد أرفع مسؤول من دولة عضو في الاتحاد الأوروبي وحلف شمال الأطلسي يزور مينسك. وبولندا عضو في الاتحاد الأوروبي وحلف شمال الأطلسي.")
        XCTAssertFalse(found.contains("nato member_of european_union"), "\(found)")
        XCTAssertTrue(found.isSuperset(of: ["poland member_of european_union", "poland member_of nato"]), "\(found)")
    }

    func testACapitalAfterTheCapitalNounIsNoPronounsReferent() {
        let found = edges("استقبل الرئيس البيلاروسي ألكسندر لوكاشينكو وزير الخارجية المجري بيتر سيارتو بالعاصمة مينسك، وبحث معه العلاقات الثنائية.")
        XCTAssertTrue(found.contains("lukashenko met_with szijjarto"), "\(found)")
        XCTAssertFalse(found.contains("belarus met_with lukashenko") || found.contains("lukashenko met_with belarus"), "\(found)")
    }

    func testWhoseCountryIsTheSubjectOfItsClause() {
        let found = edges("Armenian Prime Minister Nikol Pashinyan, whose country has frozen its participation in the CSTO, skipped the summit.")
        XCTAssertTrue(found.contains("armenia member_of csto"), "\(found)")
        XCTAssertFalse(found.contains("pashinyan member_of csto"), "\(found)")
    }

    func testAComplementizersPronounIsTheEarlierClausesSubjectOrTheSpeaker() {
        let joined = edges("وأضافت أن لاتفيا ستنشر وحدات على الحدود، وأنها طلبت من وكالة حماية الحدود الأوروبية إرسال مزيد من العناصر.")
        XCTAssertTrue(joined.contains("latvia requests frontex"), "\(joined)")
        let spoken = edges("وقال لافروف إنه بحث مع نظيره التركي هاكان فيدان الوضع في سوريا.")
        XCTAssertTrue(spoken.contains("fidan met_with lavrov") || spoken.contains("lavrov met_with fidan"), "\(spoken)")
    }

    func testWhatAStateDefendsInsideABlocIsNoSupportOfTheBloc() {
        let found = edges("وأكد تاياني أن روما تدعم تونس، وأنها ستدافع عن مصالحها داخل الاتحاد الأوروبي.")
        XCTAssertTrue(found.contains("italy supports tunisia"), "\(found)")
        XCTAssertFalse(found.contains("italy supports european_union"), "\(found)")
    }

    func testAnExpletiveOrDisagreeingPronounIsNoActor() {
        XCTAssertEqual(edges("وقال لافروف إنها لم تطلب من روسيا أي ضمانات.").filter { $0.hasPrefix("lavrov") }, [])
        XCTAssertEqual(edges("وقال لافروف إنه من الضروري أن ترسل اليونان سفنا.").filter { $0.hasPrefix("lavrov") }, [])
    }

    func testAMilitaryBaseIsADeployment() {
        XCTAssertTrue(edges("Russia has a military base in Tajikistan.").contains("russia deploys_to tajikistan"))
        XCTAssertTrue(edges("وتملك روسيا قاعدة عسكرية في طاجيكستان.").contains("russia deploys_to tajikistan"))
        XCTAssertTrue(edges("وزار الوزير القاعدة العسكرية الروسية في أرمينيا.").contains("russia deploys_to armenia"))
        XCTAssertFalse(edges("Ukraine has said Russian troops in Belarus pose a threat.").contains("ukraine deploys_to belarus"))
        XCTAssertTrue(edges("Tajikistan hosts a Russian military base.").contains("russia deploys_to tajikistan"))
    }
}
