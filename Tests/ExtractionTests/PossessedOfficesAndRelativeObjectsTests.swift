import XCTest
import EntityGraph
@testable import Extraction

/// A title before a noun with a possessive pronoun names a body of the owner named before; an
/// actor after a relative verb that does not refer back to its head is that verb's object;
/// Arabic verbs of negotiating are talks; more verb forms of reopening an embassy; the OSCE
/// Minsk Group, not the city.
final class PossessedOfficesAndRelativeObjectsTests: XCTestCase {
    func testATitleBeforeAPossessedBodyNamesTheOwnersBody() {
        let government = edges("أعلنت الأردن موقفها، وقالت الناطقة باسم حكومتها منى الخطيب إن الوضع خطير.")
        XCTAssertTrue(government.contains("mna_alkhtib holds_role jordan_government"), "\(government)")
        XCTAssertTrue(government.contains("jordan_government part_of jordan"), "\(government)")
        let army = edges("وأصدرت تشاد بيانا، وقال قائد جيشها عثمان بكر إن الحدود آمنة.")
        XCTAssertTrue(army.contains("athman_bkr holds_role chad_army"), "\(army)")
        let commission = edges("واجتمع الاتحاد الأوروبي في بروكسل، وقالت رئيسة مفوضيته أورسولا فون دير لاين إن الدعم مستمر.")
        XCTAssertTrue(commission.contains("von_der_leyen holds_role european_commission"), "\(commission)")
        // A name ending in ه after a title is no possessed body.
        XCTAssertFalse(edges("وقال الرئيس طه إن الوضع خطير.").contains { $0.contains("holds_role") && $0.contains("_government") })
    }

    func testAnActorAfterARelativeVerbWithoutAPronounIsItsObject() {
        let covered = edges("انتقدت إيران القرار الذي يشمل مدينة البصرة بأكملها.")
        XCTAssertFalse(covered.contains { $0.hasPrefix("iran criticizes") }, "\(covered)")
        let judged = edges("انتقدت الهند الخطوة التي اتخذتها الصين على الحدود.")
        XCTAssertTrue(judged.contains("india criticizes china"), "\(judged)")
        XCTAssertTrue(edges("أكدت ألمانيا دعم برلين للمبادرة التي تقدمت بها مصر.").contains("germany supports egypt"))
    }

    func testArabicVerbsOfNegotiatingAreTalks() {
        XCTAssertTrue(edges("تتفاوض أرمينيا مع أذربيجان على معاهدة.").contains("armenia cooperates_with azerbaijan"))
        XCTAssertTrue(edges("وتفاوضت صربيا وكوسوفو في بروكسل.").contains("kosovo cooperates_with serbia"))
    }

    func testMoreVerbFormsOfReopeningAnEmbassy() {
        XCTAssertTrue(edges("قالت إيطاليا إنها ستعيد فتح سفارتها في دمشق.").contains("italy cooperates_with syria"))
        XCTAssertTrue(edges("وقال وزير الخارجية التركي إن بلاده سيعيد فتح سفارته في ليبيا قريبا.").contains("libya cooperates_with turkey"))
    }

    func testTheMinskGroupIsABodyNotTheCity() {
        XCTAssertEqual(entityKinds(in: "The OSCE decided to close the Minsk Group."), ["minsk_group organization", "osce alliance"])
        XCTAssertEqual(entityKinds(in: "وتوسطت مجموعة مينسك بين البلدين."), ["minsk_group organization"])
    }
}
