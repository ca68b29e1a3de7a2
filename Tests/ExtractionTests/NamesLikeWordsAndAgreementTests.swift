import XCTest
import EntityGraph
@testable import Extraction

/// "لولا" is Lula in a story that names him in full, and opens no condition inside his name;
/// إياهما after a participle is the pair named last; a feminine verb joined by و before a
/// masculine title with no name ("وطردت السفير الكمبودي") keeps the subject named before; a
/// title with no state of its own does not serve the state of a counterpart named after it; the
/// Combined Maritime Forces are known.
final class NamesLikeWordsAndAgreementTests: XCTestCase {
    func testLulaInsideHisNameOpensNoCondition() {
        let text = "استقبل الرئيس الصيني شي جين بينغ نظيره البرازيلي لولا دا سيلفا في بكين، حيث وقع البلدان اتفاقية للتعاون التجاري."
        let found = edges(text, date: "2025-05-13")
        XCTAssertTrue(found.contains("brazil cooperates_with china"), "\(found.sorted())")
    }

    func testLulaAloneIsLulaInAStoryNamingHimInFull() {
        let text = """
        استقبل الرئيس الصيني شي جين بينغ نظيره البرازيلي لولا دا سيلفا في بكين. وكان لولا قد زار موسكو قبل أيام، حيث التقى \
        الرئيس الروسي فلاديمير بوتين.
        """
        let found = edges(text, date: "2025-05-13")
        XCTAssertTrue(found.contains("lula met_with putin"), "\(found.sorted())")
    }

    func testADualObjectPronounIsThePairNamedLast() {
        let text = """
        اندلعت اشتباكات على الحدود بين تايلاند وكمبوديا. وعرض رئيس الوزراء الماليزي أنور إبراهيم، الذي تتولى بلاده رئاسة \
        رابطة دول جنوب شرق آسيا "آسيان"، الوساطة بين البلدين، داعيا إياهما إلى وقف فوري لإطلاق النار.
        """
        let found = edges(text, date: "2025-07-24")
        XCTAssertTrue(found.isSuperset(of: ["anwar_ibrahim requests thailand", "anwar_ibrahim requests cambodia"]), "\(found.sorted())")
        XCTAssertFalse(found.contains("anwar_ibrahim requests asean"), "\(found.sorted())")
    }

    func testAMasculineTitleAfterAFeminineVerbIsItsObject() {
        let found = edges("وكانت الجزائر قد أدانت الهجوم، وطردت السفير الفرنسي.", date: "2025-04-07")
        XCTAssertTrue(found.contains("algeria sanctions france"), "\(found.sorted())")
        XCTAssertFalse(found.contains("france sanctions algeria"), "\(found.sorted())")
    }

    func testATitleDoesNotServeTheStateOfACounterpartNamedAfterIt() {
        let text = """
        NEW DELHI, March 17 (Reuters) - India and New Zealand signed a defence agreement on Monday as Prime Minister Narendra \
        Modi hosted his New Zealand counterpart Christopher Luxon. Trade Minister Todd McClay and his Indian counterpart \
        Piyush Goyal will lead the talks.
        """
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-03-17")
        XCTAssertNotNil(role(graph, "todd_mcclay", "new_zealand"))
        XCTAssertNil(role(graph, "todd_mcclay", "india"))
    }

    func testTheCombinedMaritimeForcesAreKnown() {
        let found = edges("New Zealand will join the Combined Maritime Forces, a naval partnership based in Bahrain.", date: "2025-03-17")
        XCTAssertTrue(found.contains("new_zealand member_of combined_maritime_forces"), "\(found.sorted())")
    }
}
