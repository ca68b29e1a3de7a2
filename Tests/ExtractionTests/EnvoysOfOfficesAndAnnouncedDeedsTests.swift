import XCTest
@testable import Extraction

/// Envoys of an office of an organisation, definite family names, deeds announced by their doer,
/// talks told after a verb of speech, and calls told in the perfect.
final class EnvoysOfOfficesAndAnnouncedDeedsTests: XCTestCase {
    func testAnEnvoyOfTheSecretaryGeneralServesTheOrganisation() {
        let text = "التقى وزير الخارجية العماني المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ."
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        XCTAssertEqual(role(graph, "hans_grundberg", "united_nations"), "envoy")
        XCTAssertNil(graph.entity(id: "guterres"))
        let posted = sharedExtractor.extract(text: "التقى المنفي الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه.", document: "t.txt")
        XCTAssertEqual(posted.relation(source: "hanna_tetteh", type: .holdsRole, target: "united_nations")?.attributes["place"], "libya")
    }

    func testADefiniteFamilyNameEndingInTaMarbutaStaysInTheName() {
        let graph = sharedExtractor.extract(text: "وقال وزير الخارجية الأردني عبد الله الرواشدة إن بلاده تدعم لبنان.", document: "t.txt")
        XCTAssertEqual(role(graph, "abd_allh_alroashda", "jordan"), "foreign_minister")
    }

    func testADeedAnnouncedByItsDoer() {
        XCTAssertTrue(edges("أعلنت روسيا استهداف كييف بصاروخ.").contains("russia attacks ukraine"))
        XCTAssertTrue(edges("أعلنت جماعة الحوثي، الأحد، استهداف إسرائيل بصاروخ باليستي.").contains("houthis attacks israel"))
        XCTAssertTrue(edges("قال الاتحاد الأوروبي إنه سيواصل رفع كلفة الحرب على الكرملين.").isEmpty)
    }

    func testTalksToldAfterAVerbOfSpeechAreTheSpeakers() {
        let found = edges("Kazakhstan will join the accords, Trump says after talks with Tokayev.")
        XCTAssertTrue(found.contains("tokayev met_with trump"), "\(found)")
        XCTAssertFalse(found.contains("kazakhstan met_with tokayev"), "\(found)")
    }

    func testACallToldInThePerfectIsAMeeting() {
        let text = "Trump said he had spoken by phone with Israeli Prime Minister Benjamin Netanyahu."
        XCTAssertTrue(edges(text).contains("netanyahu met_with trump"), "\(edges(text))")
    }
}
