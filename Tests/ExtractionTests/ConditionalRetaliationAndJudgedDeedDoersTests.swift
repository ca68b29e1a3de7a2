import XCTest
@testable import Extraction

/// A retaliation whose condition follows it threatens the one the condition names; a judgement
/// closing a clause that opens with a deed and its doer in a relative clause judges that doer.
final class ConditionalRetaliationAndJudgedDeedDoersTests: XCTestCase {
    func testAnEnglishRetaliationThreatensTheOneItsConditionNames() {
        let found = edges("China will take countermeasures if Japan keeps interfering in its internal affairs, the ministry said.")
        XCTAssertTrue(found.contains("china threatens japan"), "\(found)")
        let mirrored = edges("Iran would respond in kind if Israel attacked its nuclear sites.")
        XCTAssertTrue(mirrored.contains("iran threatens israel"), "\(mirrored)")
    }

    func testAnArabicRetaliationWithAnAdverbBeforeTheConditionThreatensItsSubject() {
        let found = edges("سترد كوريا الشمالية بحزم إذا هاجمت اليابان سفنها قرب سواحلها.")
        XCTAssertTrue(found.contains("north_korea threatens japan"), "\(found)")
    }

    func testARetaliationWithNoConditionThreatensNoOne() {
        let found = edges("China will take countermeasures to protect its companies, Foreign Ministry spokesperson Lin Jian told Japan's Kyodo.")
        XCTAssertFalse(found.contains { $0.contains("threatens") }, "\(found)")
    }

    func testAJudgementOfADeedNamedWithItsDoerJudgesTheDoerNotItsTarget() {
        let found = edges("وقال وزير الخارجية الصيني وانغ يي إن العقوبات التي فرضتها الولايات المتحدة على فنزويلا غير قانونية.")
        XCTAssertTrue(found.contains("wang_yi criticizes united_states"), "\(found)")
        XCTAssertFalse(found.contains("wang_yi criticizes venezuela"), "\(found)")
    }

    func testAJudgementOfAQuotedOperationJudgesTheOneWhoLaunchedIt() {
        let found = edges("وقال المتحدث باسم الكرملين دميتري بيسكوف إن مناورات \"الدرع الشمالي\" التي أجراها حلف شمال الأطلسي قرب الحدود تمثل خطوة استفزازية.",
                          date: "2025-11-01")
        XCTAssertTrue(found.contains("peskov criticizes nato"), "\(found)")
    }
}
