import XCTest
import EntityGraph
@testable import Extraction

/// "ضيفه البريطاني" is the British visitor named before; two sides "بين" them "في إطار" a bloc
/// are its members; "him" after a verb names the person of an earlier sentence; "its war" after
/// "pressure X to end" is X's; "the two leaders sat down for lunch" is a meeting.
final class GuestsFrameworksAndEarlierPeopleTests: XCTestCase {
    func testAGuestNamedByNationalityIsTheVisitorNamedBefore() {
        let found = edges("""
            وصل رئيس الوزراء الإيطالي جورجيا ميلوني إلى الجزائر يوم الأحد.

            واستقبل الرئيس الجزائري عبد المجيد تبون ضيفته الإيطالية في قصر المرادية.
            """)
        XCTAssertTrue(found.contains { $0.contains("met_with") && $0.contains("tebboune") && $0.contains("meloni") })
        XCTAssertFalse(found.contains { $0.contains("tebboune met_with italy") })
    }

    func testTwoSidesInTheFrameworkOfABlocAreItsMembers() {
        let found = edges("وأشاد الوزير بالتعاون بين أرمينيا وبيلاروسيا في إطار منظمة معاهدة الأمن الجماعي والاتحاد الاقتصادي الأوراسي.")
        XCTAssertTrue(found.isSuperset(of: ["armenia member_of csto", "belarus member_of csto", "armenia member_of eaeu", "belarus member_of eaeu"]))
        // Without "بين" the bloc is only where something happens.
        XCTAssertFalse(edges("وبحث الوزير مع نظيره الأرميني الوضع في إطار منظمة معاهدة الأمن الجماعي.").contains("armenia member_of csto"))
    }

    func testHimAfterAVerbNamesThePersonOfAnEarlierSentence() {
        let found = edges("""
            Slovak Prime Minister Robert Fico has repeatedly opposed new sanctions on Moscow.

            Ukrainian President Volodymyr Zelenskiy has accused him of serving Russian interests.
            """)
        XCTAssertTrue(found.contains("zelensky criticizes fico"))
    }

    func testItsWarAfterPressuringAStateToEndItIsThatStates() {
        let found = edges("The EU sanctioned Gazprom Neft and Surgutneftegas in a bid to pressure Moscow to end its war in Ukraine.")
        XCTAssertTrue(found.contains("russia attacks ukraine"))
        XCTAssertFalse(found.contains { $0.hasPrefix("gazprom") && $0.contains("attacks") })
    }

    func testTwoLeadersSittingDownForLunchMeet() {
        let found = edges("""
            Polish President Karol Nawrocki arrived at the White House on Wednesday.

            Trump praised Poland as the two leaders sat down for lunch.
            """)
        XCTAssertTrue(found.contains("nawrocki met_with trump") || found.contains("trump met_with nawrocki"))
    }
}
