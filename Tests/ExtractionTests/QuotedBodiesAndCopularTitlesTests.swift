import XCTest
@testable import Extraction

/// Offices in quotation marks after في or behind a department written with ل, an army chief of
/// staff named without his state, English appositions with "al-", titles stated with "is",
/// bodies named "which is headed by", and party names opened by a place or a single word.
final class QuotedBodiesAndCopularTitlesTests: XCTestCase {
    func testAnOfficeInQuotationMarksAfterFiIsTheTitlesOffice() {
        XCTAssertEqual(edges("قال القيادي في «حماس» أسامة حمدان إن الحركة لن تسلم سلاحها."), ["asama_hmdan holds_role hamas"])
        XCTAssertEqual(edges("قال القيادي في «حماس» إن الحركة لن تسلم سلاحها."), [], "no name after the office")
    }

    func testADepartmentBeforeAnOrganisationWrittenWithLamIsPartOfTheTitle() {
        XCTAssertEqual(edges("أكد رئيس المكتب السياسي لحركة حماس خليل الحية أن الوفد سيصل إلى القاهرة."),
                       ["khalil_al_hayya holds_role hamas"])
        let deputy = "وقال نائب رئيس المجلس السياسي في «حزب الله» محمود قماطي إن الحزب لن يرد."
        XCTAssertEqual(edges(deputy), ["mhmod_qmati holds_role hezbollah"])
        XCTAssertEqual(attribute("role", of: "mhmod_qmati holds_role hezbollah", in: deputy), "deputy_president")
    }

    func testAChiefOfStaffWithoutAStateServesTheStateOfTheStory() {
        let text = "وقال الرئيس الأوكراني فولوديمير زيلينسكي إن رئيس الأركان أندريه هناتوف زار الجبهة."
        XCTAssertEqual(offices(ofRole: "chief_of_staff", in: text), ["ukraine"])
    }

    func testAnEnglishNameWithAlInApposition() {
        XCTAssertEqual(edges("Hamas's spokesman, Hazem al-Masri, said on Monday that the talks had stalled."),
                       ["hazem_almasri holds_role hamas"])
    }

    func testATitleStatedWithIsAndABodyWhichIsHeadedBySomeone() {
        let text = "The party's spokesman, Ahmed Haroun, is also deputy chairman of the Khartoum-based Umma Council, which is headed by Sadiq Osman."
        XCTAssertEqual(edges(text), ["ahmed_haroun holds_role umma_council", "sadiq_osman holds_role umma_council"])
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        XCTAssertEqual(graph.relation(source: "ahmed_haroun", type: .holdsRole, target: "umma_council")?.evidence.first?.rule, "copular_title")
        XCTAssertEqual(role(graph, "ahmed_haroun", "umma_council"), "deputy_chairperson")
        XCTAssertEqual(edges("The party's spokesman, Ahmed Haroun, was deputy chairman of the Umma Council."), [], "a former office")
    }

    func testATitleStatedInThePastNamesNoCurrentHolder() {
        XCTAssertEqual(edges("Boris Johnson was the prime minister of Britain."), [])
        XCTAssertEqual(edges("The prime minister of Britain was in Paris."), ["starmer holds_role united_kingdom"])
    }

    func testTheLeaderOfAStateBodyAlsoHoldsTheBody() {
        let found = edges("Units of the Presidential Leadership Council, headed by Rashad al-Alimi, withdrew.")
        XCTAssertEqual(found, ["rashad_al_alimi holds_role yemen", "rashad_al_alimi holds_role yemen_plc"])
    }

    func testABodyPartOfABackedTitleIsStillBacked() {
        XCTAssertTrue(edges("Tareq Saleh is also vice president of the Saudi-backed Presidential Leadership Council.")
            .contains("saudi_arabia supports yemen_plc"))
    }

    func testPartyNamesOpenedByAPlaceOrOfOneWord() {
        let tribes = "Troops took Marib province on Friday. They later clashed with the Marib Tribal Council in the desert."
        XCTAssertEqual(entityKinds(in: tribes), ["marib place", "marib_tribal_council organization"])
        XCTAssertEqual(entityKinds(in: "Units loyal to the Tawafuq party withdrew from the town."), ["tawafuq organization"])
        XCTAssertEqual(entityKinds(in: "Units loyal to a Tawafuq party withdrew from the town."), [], "no article: no name")
    }
}
