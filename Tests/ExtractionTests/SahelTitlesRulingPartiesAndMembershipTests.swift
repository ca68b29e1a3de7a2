import XCTest
@testable import Extraction

/// Titled people listed after a comma at a sentence's end, intelligence exchanged, مالي after a
/// name or a title, ruling communist parties and their leaders, and membership stated in an
/// apposition or in "of which".
final class SahelTitlesRulingPartiesAndMembershipTests: XCTestCase {
    func testASecondTitledPersonAfterACommaClosesTheListOfThoseMet() {
        let found = edges("استقبل الرئيس السنغالي باسيرو ديوماي فاي في داكار رئيس الوزراء المالي عبد الله مايغا، ووزير الخارجية الموريتاني محمد سالم ولد مرزوك.")
        XCTAssertTrue(found.isSuperset(of: ["abd_allh_maigha met_with bassirou_diomaye_faye", "bassirou_diomaye_faye met_with merzoug"]), "\(found)")
    }

    func testAStateAfterACommaAndWawOpensNoListOfPeople() {
        let found = edges("التقى الرئيس السنغالي باسيرو ديوماي فاي رئيس الوزراء الموريتاني المختار ولد أجاي، وروسيا.")
        XCTAssertFalse(found.contains("basiro_diomai_fai met_with russia"), "\(found)")
    }

    func testExchangingIntelligenceIsCooperation() {
        XCTAssertEqual(edges("وقررت توغو تعزيز تبادل المعلومات الأمنية مع بنين."), ["benin cooperates_with togo"])
        XCTAssertEqual(edges("Kenya will exchange intelligence with Somalia."), ["kenya cooperates_with somalia"])
    }

    func testMaliRightAfterAPersonsNameIsTheStateHeVisits() {
        XCTAssertEqual(edges("وزار رئيس الوزراء الجزائري نذير العرباوي مالي في مارس."),
                       ["nadir_larbaoui holds_role algeria", "mali met_with nadir_larbaoui"])
    }

    func testMalianAfterATitleOfAStatesOfficeIsANisba() {
        XCTAssertEqual(offices(ofRole: "foreign_minister", in: "التقى وزير الخارجية المالي عبد الله ديوب الرئيس السنغالي باسيرو ديوماي فاي."), ["mali"])
        XCTAssertEqual(edges("وقال المستشار المالي للشركة إن الأرباح ارتفعت."), [])
    }

    func testTheVietnameseCommunistPartyAndItsGeneralSecretary() {
        let text = "أجرى الأمين العام للحزب الشيوعي الفيتنامي تو لام محادثات مع الرئيس الإندونيسي برابوو سوبيانتو."
        XCTAssertEqual(offices(ofRole: "secretary_general", in: text), ["communist_party_of_vietnam"])
        XCTAssertTrue(edges(text).contains("prabowo met_with to_lam"))
        XCTAssertEqual(offices(ofRole: "secretary_general", in: "Chinese Communist Party General Secretary Xi Jinping met Lula."),
                       ["communist_party_of_china"])
    }

    func testAMemberTitleBeforeARulingPartyStillOpensThePersonsTitles() {
        let found = edges("التقى عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني ووزير الخارجية وانغ يي نظيره المصري بدر عبد العاطي في بكين.")
        XCTAssertTrue(found.contains("abdelatty met_with wang_yi"), "\(found)")
    }

    func testAStateDescribedTwiceIsAMemberOfTheBlocItsSecondNounNames() {
        XCTAssertEqual(edges("Putin flew to Hungary, a landlocked country and NATO member."), ["hungary member_of nato", "hungary met_with putin"])
    }

    func testMembersNamedAfterOfWhich() {
        XCTAssertEqual(edges("Canada joined the CPTPP, of which Japan is also a member."), ["canada member_of cptpp", "japan member_of cptpp"])
        XCTAssertEqual(edges("Canada joined the CPTPP, of which India is not a member."), ["canada member_of cptpp"])
    }

    func testAlQaedaNamedByTheDualOfItsNoun() {
        XCTAssertEqual(entityKinds(in: "وتنشط في المنطقة جماعات مرتبطة بتنظيمي القاعدة وداعش."), ["al_qaeda organization", "isis organization"])
    }
}
