import XCTest
@testable import Extraction

/// Support of a claim named by its owner, an accusation whose object is a plain noun, a leader's
/// bare title in the scene or the dateline's state, warnings to a state's leader, aid after a
/// partnership, and help promised.
final class ClaimsWarningsAndScenesTests: XCTestCase {
    func testSupportForAClaimSupportsTheOneClaiming() {
        XCTAssertEqual(edges("ويدعم الاتحاد الأوروبي مطالبة قبرص بانسحاب القوات التركية."),
                       ["cyprus requests turkey", "european_union supports cyprus", "turkey_army part_of turkey"])
        XCTAssertEqual(edges("وتؤيد الجزائر موقف جبهة البوليساريو."), ["algeria supports polisario"])
    }

    func testAnAccusationOfAPlainNounDoesNotReachIntoItsComplement() {
        XCTAssertEqual(edges("وتتهم السلطات الإيطالية شبكات تهريب بنقل آلاف المهاجرين من مدينة صفاقس التونسية كل عام."),
                       ["sfaqs located_in tunisia"])
        XCTAssertEqual(edges("واتهمت إيطاليا تونس بالتقاعس."), ["italy criticizes tunisia"])
    }

    func testALeadersBareTitleInTheSceneIsThatStates() {
        XCTAssertEqual(edges("In Kenya, she met President Samia Kamau to discuss trade."), ["samia_kamau holds_role kenya"])
    }

    func testAWarningToAStatesLeaderIsAThreatToTheStateToo() {
        XCTAssertEqual(edges("In Ghana, Rubio warned President Kofi Mensah that Washington would cut aid."),
                       ["kofi_mensah holds_role ghana", "rubio threatens ghana", "rubio threatens kofi_mensah"])
    }

    func testAPresidentReportingWhatTheDatelinesStateWillDoIsItsPresident() {
        XCTAssertEqual(edges("NAIROBI (AP) — Kenya will send more police officers to Haiti, President Samuel Otieno said Tuesday."),
                       ["kenya deploys_to haiti", "samuel_otieno holds_role kenya"])
        XCTAssertEqual(edges("NAIROBI (AP) — Kenya sent police officers to Haiti. Haiti's leaders welcomed them as President Samuel Otieno watched."),
                       ["kenya deploys_to haiti"])
    }

    func testAidAnnouncedAfterAPartnershipGoesToThePartner() {
        XCTAssertEqual(edges("وأكدت كينيا أنها تريد شراكة استراتيجية مع إثيوبيا، وأعلنت تقديم مساعدات بقيمة 10 ملايين دولار."),
                       ["ethiopia cooperates_with kenya", "kenya supports ethiopia"])
    }

    func testHelpPromisedIsSupport() {
        XCTAssertEqual(edges("The minister said Washington would help Kenya fight terrorism."), ["united_states supports kenya"])
    }
}
