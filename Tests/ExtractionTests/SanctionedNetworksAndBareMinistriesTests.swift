import XCTest
import EntityGraph
@testable import Extraction

/// Sanctions on a network for a purpose or on people based somewhere (no sanctions on the states
/// named there), money as the target of "استهداف", intelligence sharing stopped, and a ministry
/// named again without its state.
final class SanctionedNetworksAndBareMinistriesTests: XCTestCase {
    func testThePurposeOfASanctionedNetworkNamesNoTarget() {
        XCTAssertEqual(edges("فرضت واشنطن عقوبات على شبكة لتهريب النفط الإيراني.", date: "2025-11-20"), [])
        XCTAssertEqual(edges("فرضت واشنطن عقوبات على شركات صينية.", date: "2025-11-20"), ["united_states sanctions china"])
    }

    func testANisbaAfterAnObjectWithLStillCountsWhereTheFrameTakesIt() {
        XCTAssertTrue(edges("وجدد عبد العاطي دعم مصر الكامل لمؤسسات الدولة السودانية.", date: "2025-11-20").contains("egypt supports sudan"))
        XCTAssertTrue(edges("حذر ريابكوف من أن روسيا سترد على أي نشر للصواريخ الأمريكية في أوروبا.", date: "2025-11-20")
            .contains("russia threatens united_states"))
    }

    func testWhereTheSanctionedSitIsNoTarget() {
        XCTAssertEqual(edges("فرضت واشنطن عقوبات على 12 فردا وكيانا مقرهم في الإمارات.", date: "2025-11-20"), [])
        XCTAssertEqual(edges("فرضت واشنطن عقوبات على شركات مقرها في الإمارات.", date: "2025-11-20"), [])
    }

    func testTargetingFundingIsNoAttack() {
        XCTAssertEqual(edges("وقالت واشنطن إنها ستواصل استهداف مصادر تمويل الحوثيين.", date: "2025-11-20"), [])
        XCTAssertEqual(edges("وقالت واشنطن إنها ستواصل استهداف مواقع الحوثيين.", date: "2025-11-20"), ["united_states attacks houthis"])
    }

    func testStoppingIntelligenceSharingReducesRelations() {
        XCTAssertEqual(edges("Colombia suspends intelligence sharing with US over Caribbean boat strikes", date: "2025-11-12"),
                       ["colombia sanctions united_states"])
        XCTAssertEqual(edges("أعلنت كولومبيا تعليق تبادل المعلومات الاستخباراتية مع الولايات المتحدة.", date: "2025-11-12"),
                       ["colombia sanctions united_states"])
    }

    func testAMinistryNamedAgainWithoutItsState() {
        let text = "فرضت وزارة الخزانة الأمريكية عقوبات على شبكة. وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية جون هيرلي إن الشبكة خطيرة."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "jon_hirli", "united_states_finance_ministry"), "undersecretary")
    }

    func testAMinistryNamedAgainAfterAnotherStatesNisbaIsNotTheFirstOnes() {
        let text = "وقالت وزارة الخارجية البحرينية إن الجانبين اتفقا. وترأس الوفد القطري الأمين العام لوزارة الخارجية أحمد بن حسن الحمادي."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertNil(graph.relation(source: "ahmd_bn_hsn_alhmadi", type: .holdsRole, target: "bahrain_foreign_ministry"))
    }
}
