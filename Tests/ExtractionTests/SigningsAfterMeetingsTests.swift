import XCTest
import EntityGraph
@testable import Extraction

/// Signings told without their signatories after a meeting, afternoon phrases in a venue aside,
/// agreements "between" criticised after an indefinite article, and "them" for a list.
final class SigningsAfterMeetingsTests: XCTestCase {
    func testSigningAfterAMeetingIsTheMeetingStatesCooperation() {
        let found = edges("التقى الرئيس المصري عبد الفتاح السيسي نظيره الكيني وليام روتو، وجرى التوقيع على ثلاث مذكرات تفاهم.")
        XCTAssertTrue(found.contains("egypt cooperates_with kenya"), "\(found)")
        let english = edges("Erdogan met Aliyev in Ankara on Tuesday. The talks ended with the signing of four agreements.")
        XCTAssertTrue(english.contains("azerbaijan cooperates_with turkey"), "\(english)")
    }

    func testSigningAfterCounterpartsChairingIsTheirStatesCooperation() {
        let found = edges("وترأس رئيس الوزراء الأردني جعفر حسان ونظيره العراقي محمد شياع السوداني اجتماعات اللجنة العليا، التي اختتمت بالتوقيع على خمس اتفاقيات.")
        XCTAssertTrue(found.contains("iraq cooperates_with jordan"), "\(found)")
    }

    func testNoSigningStatedGivesNoCooperation() {
        let denied = edges("التقى الرئيس المصري عبد الفتاح السيسي نظيره الكيني وليام روتو. ولم يتم التوقيع على أي اتفاقية.")
        XCTAssertFalse(denied.contains("egypt cooperates_with kenya"), "\(denied)")
        let planned = edges("التقى الرئيس المصري عبد الفتاح السيسي نظيره الكيني وليام روتو. وسيتم التوقيع على اتفاقيات لاحقا.")
        XCTAssertFalse(planned.contains("egypt cooperates_with kenya"), "\(planned)")
        let late = edges("Erdogan met Aliyev in Ankara on Tuesday. Turkey's lira fell. Analysts expect growth. The visit ended with the signing of four agreements.")
        XCTAssertFalse(late.contains("azerbaijan cooperates_with turkey"), "\(late)")
    }

    func testSigningWithPartiesNamedIsTheirs() {
        let found = edges("التقى الرئيس المصري عبد الفتاح السيسي نظيره الكيني وليام روتو، وجرى التوقيع على اتفاقية مع أوغندا.")
        XCTAssertFalse(found.contains("egypt cooperates_with kenya"), "\(found)")
    }

    func testAfternoonVenueAsideKeepsTheReceivedGuest() {
        let found = edges("استقبل الرئيس التونسي قيس سعيد، بعد ظهر الخميس بقصر قرطاج، وزير الخارجية الجزائري أحمد عطاف.")
        XCTAssertTrue(found.contains("attaf met_with kais_saied"), "\(found)")
        let bare = edges("استقبل الرئيس التونسي قيس سعيد، قبل ظهر اليوم، وزير الخارجية الجزائري أحمد عطاف.")
        XCTAssertTrue(bare.contains("attaf met_with kais_saied"), "\(bare)")
    }

    func testCriticisedAgreementBetweenAfterIndefiniteArticle() {
        let found = edges("Iran denounced an agreement between the United States and Israel.")
        XCTAssertTrue(found.contains("iran criticizes united_states"), "\(found)")
        XCTAssertTrue(found.contains("iran criticizes israel"), "\(found)")
    }

    func testThemAfterAListIsTheWholeList() {
        let found = edges("Iran said the move showed the hostility of Washington, Paris and London and accused them of seeking war.")
        XCTAssertEqual(found.filter { $0.hasPrefix("iran criticizes") }, Set(["iran criticizes united_states", "iran criticizes france", "iran criticizes united_kingdom"]))
        let one = edges("Iran said the move showed the hostility of London and accused it of seeking war.")
        XCTAssertEqual(one.filter { $0.hasPrefix("iran criticizes") }, Set(["iran criticizes united_kingdom"]))
    }
}
