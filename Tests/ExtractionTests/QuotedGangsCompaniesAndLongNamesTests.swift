import XCTest
import EntityGraph
@testable import Extraction

/// Gangs named in quotation marks and joined by و, English companies named by their kind word,
/// names of four words, a name of several words counted as one word before a frame's required
/// word, "buying" from a state, and a shooter named after the verb in reported speech.
final class QuotedGangsCompaniesAndLongNamesTests: XCTestCase {
    func testGangsInQuotationMarksJoinedByWawAreBothDesignated() {
        let found = edges("وصنفت الولايات المتحدة عصابتي \"لوس تيغيريس\" و\"لوس لاغارتوس\" منظمتين إرهابيتين.", date: "2025-09-04")
        XCTAssertTrue(found.contains("united_states sanctions los_tighiris"), "\(found.sorted())")
        XCTAssertTrue(found.contains("united_states sanctions los_laghartos"), "\(found.sorted())")
    }

    func testAGovernmentAndAQuotedGroupAfterWawStayApart() {
        let text = "وقعت الحكومة السورية و\"قوات سوريا الديمقراطية\" اتفاقا. والتقى الشيباني فيدان في أنقرة. ووقع الجانبان اتفاقية للتعاون العسكري."
        let found = edges(text, date: "2025-08-13")
        XCTAssertTrue(found.contains("syria cooperates_with turkey"), "\(found.sorted())")
    }

    func testANameOfSeveralWordsCountsAsOneBeforeTheRequiredWord() {
        let text = "وحمل وزير الخارجية البريطاني ديفيد لامي نظيره الروسي سيرغي لافروف المسؤولية عن الهجوم على المدنيين."
        XCTAssertTrue(edges(text, date: "2025-05-01").contains("lammy criticizes lavrov"))
    }

    func testAnEnglishCompanyIsNamedByItsKindWord() {
        let graph = sharedExtractor.extract(text: "Australia has chosen Japan's Mitsubishi Heavy Industries to build its frigates.",
                                            document: "t.txt", date: "2025-08-05")
        XCTAssertEqual(graph.entity(id: "mitsubishi_heavy_industries")?.kind, .organization)
        XCTAssertTrue(edges("Australia has chosen Japan's Mitsubishi Heavy Industries to build its frigates.", date: "2025-08-05")
            .contains("australia cooperates_with mitsubishi_heavy_industries"))
    }

    func testAFourWordNameEndsWithAFamilyNameTheDocumentGaveAnother() {
        let text = "وأجرى الرئيس البوركيني إبراهيم تراوري محادثات في أكرا. ثم استقبل الرئيس الغاني وزير خارجية بوركينا فاسو كاراموكو جان ماري تراوري."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-03-10")
        XCTAssertEqual(role(graph, "karamoko_jan_mari_traori", "burkina_faso"), "foreign_minister")
        XCTAssertNil(graph.entity(id: "karamoko_jan_mari"))
    }

    func testThreeGivenNamesBeforeAnAccusativeStayThreeWords() throws {
        let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/articles/ar-aa-youssouf-au-commission.txt")
        let graph = sharedExtractor.extract(text: try String(contentsOf: article, encoding: .utf8), document: "t.txt", date: "2025-02-15")
        XCTAssertNotNil(graph.entity(id: "mahmoud_ali_youssouf")) // the lexicon knows him now
        XCTAssertFalse(graph.entities.contains { $0.id.hasSuffix("_riisa") })
    }

    func testBuyingFromAStateIsCooperation() {
        XCTAssertTrue(edges("Australia is also buying submarines from the United States.", date: "2025-08-05")
            .contains("australia cooperates_with united_states"))
    }

    func testAShooterNamedAfterTheVerbIsNoSpeaker() {
        let text = "وقال ميرتس إن برلين ستساعد بولندا، بعد أن أسقطت مقاتلات تابعة لحلف شمال الأطلسي طائرات مسيرة روسية."
        let found = edges(text, date: "2025-10-01")
        XCTAssertFalse(found.contains { $0.hasSuffix("attacks germany") }, "\(found.sorted())")
        XCTAssertTrue(found.contains("russia attacks nato"), "\(found.sorted())")
    }
}
