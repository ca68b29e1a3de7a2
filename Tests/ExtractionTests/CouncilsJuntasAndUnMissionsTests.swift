import XCTest
@testable import Extraction

/// "المجلس" / "the council" for the Security Council named before, "the junta" for its state,
/// and the UN mission in Western Sahara.
final class CouncilsJuntasAndUnMissionsTests: XCTestCase {
    func testTheCouncilIsTheSecurityCouncilNamedBefore() {
        let found = edges("تبنى مجلس الأمن الدولي القرار. في المقابل، رفضت جبهة البوليساريو القرار، واتهمت المجلس بالانحياز إلى الرباط.")
        XCTAssertTrue(found.contains("polisario criticizes un_security_council"), "\(found)")
    }

    func testACouncilWithAnAdjectiveIsABodyOfItsOwn() {
        let found = edges("رحب مجلس الأمن الدولي بالاتفاق. وأكد الرئيس محمد المنفي دعم المجلس الرئاسي لجهود البعثة الأممية.")
        XCTAssertFalse(found.contains { $0.hasPrefix("un_security_council supports") }, "\(found)")
    }

    func testTheJuntaOpeningASentenceIsItsState() {
        let found = edges("Burkina Faso's military leader, Capt. Ibrahim Traore, spoke on Monday. The junta has accused Ivory Coast of harbouring rebels.")
        XCTAssertTrue(found.contains("burkina_faso criticizes ivory_coast"), "\(found)")
    }

    func testTheUnMissionInWesternSaharaIsKnown() {
        let found = edges("مدد مجلس الأمن ولاية بعثة الأمم المتحدة للاستفتاء في الصحراء الغربية.")
        XCTAssertTrue(found.contains("minurso part_of united_nations"), "\(found)")
    }
}
