import XCTest
import EntityGraph
@testable import Extraction

/// Given names spelled like titles, و before a hamza opening no name, months closing a "since"
/// phrase, the nearest actor before a word of accusation, relative clauses about a generic head
/// noun, a pronoun repeating the object of the same verb, an unnamed feminine subject, a quoted
/// name before "led by", and the Taliban as a body of Afghanistan.
final class TitleGivenNamesRecognitionsAndQuotedHeadsTests: XCTestCase {
    func testAGivenNameSpelledLikeATitleOpensTheName() {
        let text = "واستقبل رئيس الوزراء الباكستاني وزير الداخلية في حكومة طالبان أمير حمزة زادة في إسلام آباد."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-10-01")
        XCTAssertEqual(role(graph, "amir_hmza_zada", "taliban"), "interior_minister")
        XCTAssertTrue(edges(text, date: "2025-10-01").contains("amir_hmza_zada met_with shehbaz_sharif"))
    }

    func testWawBeforeAHamzaOpensNoName() {
        let text = "استدعت وزارة الخارجية الإيرانية السفير الفرنسي وأبلغته احتجاجها على التصريحات."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-10-01")
        XCTAssertFalse(graph.entities.contains { $0.kind == .person }, "\(graph.entities.map(\.id))")
        XCTAssertTrue(edges(text, date: "2025-10-01").contains("iran criticizes france"))
    }

    func testAMonthClosingASincePhraseDatesNoMeeting() {
        let text = "والتقى وزير الخارجية الهندي نظيره الأفغاني في أول لقاء منذ سيطرة الحركة على الحكم في أغسطس/آب 2021."
        XCTAssertTrue(edges(text, date: "2025-10-10").contains("jaishankar met_with muttaqi"))
        XCTAssertNil(attribute("date", of: "jaishankar met_with muttaqi", in: text, date: "2025-10-10"))
    }

    func testAnAccusationReachesNoActorPastTheSpeakersPronoun() {
        let found = edges("وانتقدت باكستان الإشارة إلى كشمير، معتبرة أنها تنتهك قرارات الأمم المتحدة.", date: "2025-10-11")
        XCTAssertFalse(found.contains { $0.hasSuffix("kashmir") }, "\(found.sorted())")
    }

    func testARelativeClauseAboutAGenericStateNounIsTheStatesDeed() {
        XCTAssertTrue(edges("وكانت روسيا الدولة الوحيدة التي اعترفت بحكومة طالبان.", date: "2025-10-11")
            .contains("russia cooperates_with taliban"))
    }

    func testAPronounRepeatsTheObjectOfTheSameVerbBefore() {
        let found = edges("ولم تعترف فرنسا رسميا بحكومة طالبان، في حين كانت روسيا الدولة الأولى التي اعترفت بها.", date: "2025-10-11")
        XCTAssertTrue(found.contains("russia cooperates_with taliban"), "\(found.sorted())")
        XCTAssertFalse(found.contains { $0.hasPrefix("france") }, "\(found.sorted())")
    }

    func testAnUnnamedFeminineSubjectKeepsTheVerbFromTheSubjectBefore() {
        let found = edges("وعقد لافروف مؤتمرا في موسكو، وانتقدت القيادية في الحزب رئيس الوزراء ناريندرا مودي.", date: "2025-10-11")
        XCTAssertFalse(found.contains { $0.hasSuffix("criticizes modi") }, "\(found.sorted())")
    }

    func testAQuotedNameBeforeLedByIsTheSubject() {
        let found = edges("The \"coalition of the willing\", led by France and Britain, plans to deploy troops in Ukraine.", date: "2025-11-17")
        XCTAssertTrue(found.contains("coalition_of_the_willing deploys_to ukraine"), "\(found.sorted())")
        XCTAssertFalse(found.contains("france deploys_to ukraine"), "\(found.sorted())")
    }

    func testTheTalibanGovernmentSidesWithItsState() {
        let text = "التقى وزير الخارجية الهندي وزير الخارجية في حكومة طالبان. ووقع الجانبان اتفاقا للتعاون في مجال الصحة."
        XCTAssertTrue(edges(text, date: "2025-10-10").contains("afghanistan cooperates_with india"))
    }
}
