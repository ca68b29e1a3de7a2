import XCTest
import EntityGraph
@testable import Extraction

/// A feminine participle of criticism ("منتقدة") after a comma is the main subject's criticism,
/// not "a critic of him"; Northern Cyprus and its leader; a feminine personal envoy of the UN
/// Secretary-General; Bulgaria's presidents by date; an event after "critic of" with no agent of
/// its own is not the critic's.
final class ParticiplesEnvoysAndNorthernCyprusTests: XCTestCase {
    func testAFeminineParticipleOfCriticismIsTheMainSubjects() {
        XCTAssertTrue(edges("وأكدت تركيا موقفها، منتقدة قبرص.", date: "2025-11-10").contains("turkey criticizes cyprus"))
        XCTAssertTrue(edges("وجددت إيران موقفها، منددة بإسرائيل.", date: "2025-11-10").contains("iran criticizes israel"))
    }

    func testTheLeaderOfNorthernCyprusIsNotTurkeys() {
        let found = edges("التقى الرئيس القبرصي نيكوس خريستودوليدس رئيس جمهورية شمال قبرص التركية طوفان أرهورمان في نيقوسيا.", date: "2025-11-10")
        XCTAssertTrue(found.contains { $0.hasSuffix("holds_role northern_cyprus") })
        XCTAssertFalse(found.contains { $0.contains("met_with turkey") || $0.hasPrefix("turkey met_with") })
        XCTAssertTrue(edges("Turkish Cypriot leader Tufan Erhurman met Greek Cypriot President Nikos Christodoulides.", date: "2025-11-10")
            .contains { $0.hasSuffix("holds_role northern_cyprus") })
    }

    func testAFemininePersonalEnvoyOfTheSecretaryGeneralServesTheUN() {
        let found = edges("وجرى اللقاء بحضور المبعوثة الشخصية للأمين العام للأمم المتحدة إلى قبرص ماريا أنخيلا أولغين.", date: "2025-11-10")
        XCTAssertTrue(found.contains { $0.hasSuffix("holds_role united_nations") && !$0.hasPrefix("guterres") })
        XCTAssertFalse(found.contains("guterres holds_role united_nations"))
    }

    func testAnEventAfterCriticOfWithNoAgentIsNotTheCritics() {
        let found = edges("President Rumen Radev, a critic of military aid to Ukraine, said the law was rushed.", date: "2025-11-21")
        XCTAssertFalse(found.contains("rumen_radev supports ukraine"))
        XCTAssertTrue(edges("Radev, a critic of the Russian invasion of Ukraine, spoke.", date: "2025-11-21").contains("russia attacks ukraine"))
    }

    func testBulgariasPresidentDependsOnTheDate() {
        XCTAssertTrue(edges("President Rumen Radev said the law had been rushed.", date: "2025-11-21").contains("rumen_radev holds_role bulgaria"))
        let graph = sharedExtractor.extract(text: "وقال الرئيس البلغاري إن بلاده تدعم أوكرانيا.", document: "t", date: "2015-06-01")
        XCTAssertNotNil(graph.entity(id: "rosen_plevneliev"))
        XCTAssertNil(graph.entity(id: "rumen_radev"))
    }
}
