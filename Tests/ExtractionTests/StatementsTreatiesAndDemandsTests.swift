import XCTest
@testable import Extraction

/// A joint event named twice around its subject, a meeting's final statement speaking for the
/// alliance that met, support named by a passive participle, an undoing that is only demanded,
/// and places that only name a treaty.
final class StatementsTreatiesAndDemandsTests: XCTestCase {
    func testAnAgreementVerbAndItsNounAroundTheSubject() {
        XCTAssertEqual(edges("ووقعت إيران معاهدة الشراكة الاستراتيجية مع روسيا."), ["iran cooperates_with russia"])
    }

    func testAFinalStatementSpeaksForTheAllianceThatMet() {
        let text = "اجتمع وزراء خارجية دول مجلس التعاون الخليجي في الرياض. وأدان البيان الختامي الهجمات التي نفذتها إيران."
        XCTAssertTrue(edges(text).contains("gcc criticizes iran"), "\(edges(text))")
        let english = "NATO leaders met in The Hague. The final communique condemned Russia."
        XCTAssertTrue(edges(english).contains("nato criticizes russia"), "\(edges(english))")
    }

    func testTheCouncilIsTheLastCouncilNamed() {
        let text = "عقد مجلس التعاون الخليجي قمة في الدوحة. وقال الأمين العام للمجلس خالد الكعبي إن القمة ناجحة."
        XCTAssertTrue(edges(text).contains("khald_alkabi holds_role gcc"), "\(edges(text))")
    }

    func testSupportNamedByAPassiveParticiple() {
        XCTAssertTrue(edges("هاجمت الجماعات المسلحة المدعومة من إيران القواعد الأمريكية، وأدانت واشنطن جماعة الحوثي المدعومة من إيران.")
            .contains("iran supports houthis"))
        XCTAssertTrue(edges("أعلنت جبهة البوليساريو المدعومة من الجزائر موقفها.").contains("algeria supports polisario"))
    }

    func testAnUndoingThatIsOnlyDemanded() {
        XCTAssertEqual(edges("طالبت فرنسا إيران بوقف تزويد روسيا بالمسيرات."), ["france requests iran"])
        XCTAssertEqual(edges("أوقفت إيران تزويد روسيا بالمسيرات."), ["iran sanctions russia"])
    }

    func testAPlaceThatOnlyNamesATreaty() {
        XCTAssertEqual(edges("Poland and Finland quit the Ottawa Convention.").count, 0)
        let graph = sharedExtractor.extract(text: "Finland quit the Ottawa landmine treaty. وانسحبت فنلندا من اتفاقية أوتاوا.", document: "t.txt", date: nil)
        XCTAssertFalse(graph.entities.contains { $0.id == "ottawa" })
    }
}
