import XCTest
@testable import Extraction

/// Meetings with a person after "ب", discussions with a partner after an aside, borders named by
/// "حدود مع", members named after their bloc, "its ally", reactions to a deed done by two, aid
/// received, a new person's name ended before a word with a proclitic, and an object in
/// construct with another event word.
final class AsidesAlliesAndMembersTests: XCTestCase {
    func testAMeetingWithAPersonAfterBa() {
        XCTAssertEqual(edges("والتقى ماكرون بشولتس في باريس."), ["macron met_with scholz"])
        XCTAssertEqual(edges("واجتمع وزراء خارجية دول الحلف ببروكسل."), [], "a city after ب is the venue")
    }

    func testADiscussionWithAPartnerAfterAnAside() {
        XCTAssertEqual(edges("وبحث ماكرون، خلال زيارته إلى برلين يوم الجمعة، مع شولتس ملف الطاقة."), ["macron met_with scholz", "germany met_with macron"],
                       "he visited Berlin too")
        XCTAssertEqual(edges("وبحث ماكرون أوضاع أوكرانيا."), [], "a topic is no partner")
        XCTAssertEqual(edges("Macron discussed energy with Scholz."), ["macron met_with scholz"])
    }

    func testBordersNamedByABorderWithPhrase() {
        XCTAssertEqual(edges("ولرومانيا حدود مع مولدوفا."), ["moldova borders romania"])
        XCTAssertEqual(edges("وتشترك النرويج في حدود مع فنلندا والسويد."), ["finland borders norway", "norway borders sweden"])
    }

    func testMembersNamedAfterTheirBloc() {
        XCTAssertEqual(edges("وتضم المنطقة دولتين عضوين في الاتحاد الأوروبي، هما رومانيا وبلغاريا."),
                       ["romania member_of european_union", "bulgaria member_of european_union"])
        XCTAssertEqual(edges("وتضم المنطقة دولتين عضوين في الاتحاد الأوروبي."), [], "no member named")
    }

    func testItsAllyIsTheStateItMetWith() {
        let arabic = "والتقى شي جين بينغ كيم جونغ أون في بكين. وقالت الصين إنها ستدعم حليفتها."
        XCTAssertEqual(edges(arabic), ["kim_jong_un met_with xi_jinping", "china supports north_korea"])
        let english = "Xi Jinping met Kim Jong Un in Beijing. China will support its ally, the ministry said."
        XCTAssertTrue(edges(english).contains("china supports north_korea"))
        XCTAssertEqual(edges("وقالت الصين إنها ستدعم حليفتها."), [], "no other state was named")
        XCTAssertEqual(edges("وأكدت الصين وحليفتها كوريا الشمالية رفضهما للعقوبات."), ["china allied_with north_korea"])
    }

    func testAReactionToADeedDoneByTwo() {
        let text = "وشنت فرنسا وبريطانيا غارات على مواقع لتنظيم داعش. وأدانت روسيا الغارات."
        XCTAssertEqual(Set(edges(text).filter { $0.hasPrefix("russia") }), ["russia criticizes france", "russia criticizes united_kingdom"])
    }

    func testAidReceivedFromAState() {
        XCTAssertEqual(edges("ويتلقى حزب الله دعما ماليا من إيران."), ["iran supports hezbollah"])
        XCTAssertEqual(edges("ويتلقى حزب الله انتقادات من إيران."), [], "criticism is no aid")
    }

    func testANewPersonsNameEndsBeforeAWordWithAProclitic() {
        let graph = sharedExtractor.extract(text: "وعلق الناطق باسم حماس محمد قاسم بالقول إن الحركة سترد.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Mhmd Qasm"])
    }

    func testAnObjectInConstructWithAnotherEventBelongsToIt() {
        XCTAssertEqual(edges("ووقعت المجر على بروتوكول انضمام فنلندا إلى الناتو."), ["finland member_of nato"])
    }
}
