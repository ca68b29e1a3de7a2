import XCTest
@testable import Extraction

/// Titles before "دولة" and a state, envoys named after their posting, Latin names with
/// diacritics, gerunds after a speech verb, statement asides, suffered sanctions, the one allowed
/// to use a territory, possessed objects, acronyms and companies of states, purchases, and the
/// scope of refusals and agentless passives.
final class EnvoysCompaniesAndAsidesTests: XCTestCase {
    func testATitleBeforeTheWordStateAndTheStateNamesItsHolder() {
        XCTAssertTrue(edges("وصل رئيس دولة مالطا ميريام سبيتيري ديبونو إلى القاهرة.").contains("miriam_sbitiri_dibono holds_role malta"))
        XCTAssertTrue(edges("وصل أمير دولة الكويت مشعل الأحمد إلى القاهرة.").contains("mishal_al_ahmad holds_role kuwait"))
        XCTAssertTrue(edges("استقبل رئيس جمهورية أذربيجان إلهام علييف الوفد.").contains("ilham_aliyev holds_role azerbaijan"))
    }

    func testAnEnvoyIsNamedAfterHisPosting() {
        let arabic = "قال المبعوث الروسي الخاص إلى الشرق الأوسط ميخائيل بوغدانوف إن موسكو مستعدة للوساطة."
        XCTAssertTrue(edges(arabic).contains("mikhaiil_boghdanof holds_role russia"), "\(edges(arabic))")
        XCTAssertEqual(attribute("place", of: "kellogg holds_role united_states", in: "The U.S. envoy to Ukraine Keith Kellogg arrived in Kyiv."), "ukraine")
    }

    func testLatinNamesWithDiacriticsAreNamesAfterATitle() {
        let text = "Slovak Foreign Minister Juraj Blanár and Czech Interior Minister Vít Rakušan spoke on Monday."
        XCTAssertTrue(edges(text).isSuperset(of: ["juraj_blanar holds_role slovakia", "vit_rakusan holds_role czechia"]), "\(edges(text))")
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        XCTAssertEqual(graph.entity(id: "vit_rakusan")?.labels, ["en": "Vít Rakušan"])
    }

    func testAGerundAfterASpeechVerbIsTheSpeakers() {
        XCTAssertTrue(edges("Fico said after meeting Putin in Moscow that the talks went well.").contains("fico met_with putin"))
    }

    func testTheObjectIsLookedForAfterAStatementAside() {
        let text = "انتقدت الحكومة الأردنية في بيان رسمي استمرار الحملة العسكرية الإسرائيلية في الضفة."
        XCTAssertTrue(edges(text).contains("jordan criticizes israel"), "\(edges(text))")
        XCTAssertTrue(edges("أعلنت روسيا والصين في بيان مشترك رفضهما للعقوبات.").contains("china cooperates_with russia"))
    }

    func testSanctionsAStateIsSubjectToAreTheNisbaStates() {
        XCTAssertTrue(edges("وتخضع إيران لعقوبات أمريكية منذ سنوات.").contains("united_states sanctions iran"))
    }

    func testTheOneAllowedToUseATerritoryDoesWhatFollows() {
        XCTAssertTrue(edges("سمحت بيلاروسيا للقوات الروسية باستخدام أراضيها لغزو أوكرانيا.").contains("russia attacks ukraine"))
        XCTAssertTrue(edges("Minsk allowed Russian troops to use its territory to invade Ukraine.").contains("russia attacks ukraine"))
    }

    func testThePersonAfterAnOwnersPossessiveIsTheObject() {
        let text = "Lukashenko met Putin's aide Yuri Ushakov in Minsk."
        XCTAssertTrue(edges(text).contains("lukashenko met_with ushakov"))
        XCTAssertFalse(edges(text).contains("lukashenko met_with putin"))
        XCTAssertTrue(edges("Kallas met her Estonian counterpart Margus Tsahkna in Brussels.").contains("kallas met_with tsahkna"))
    }

    func testAnAcronymAfterAStatesPossessiveIsItsOrganisation() {
        let text = "Poland will buy rocket launchers from South Korea's HNX."
        XCTAssertTrue(edges(text).isSuperset(of: ["hnx part_of south_korea", "hnx cooperates_with poland"]), "\(edges(text))")
        let graph = sharedExtractor.extract(text: "Russia's GDP shrank last year.", document: "t.txt")
        XCTAssertNil(graph.entity(id: "gdp"))
    }

    func testAStateAndACompanyNounNameACompanyOfThatState() {
        let text = "An Azerbaijan Airlines plane landed in Aktau. Ukrainian Railways resumed its trains."
        XCTAssertTrue(edges(text).isSuperset(of: ["azerbaijan_airlines part_of azerbaijan", "ukrainian_railways part_of ukraine"]), "\(edges(text))")
        XCTAssertTrue(edges("Flights were resumed by the Belarusian state airline Belavia.").contains("belavia part_of belarus"))
    }

    func testBuyingFromAStateIsCooperation() {
        XCTAssertTrue(edges("اشترت مصر طائرات رافال من فرنسا.").contains("egypt cooperates_with france"))
        XCTAssertTrue(edges("Romania will purchase more F-35 jets from the United States.").contains("romania cooperates_with united_states"))
    }

    func testTwoStatesBeforeTheirPossessiveHoldTheEvent() {
        let text = "Erdogan met Aliyev in Baku. \"Thank you,\" Aliyev told Erdogan. He said the two countries would deepen their \"strategic partnership\"."
        XCTAssertTrue(edges(text).contains("azerbaijan cooperates_with turkey"), "\(edges(text))")
    }

    func testBackingAPossessedStateIsSupport() {
        XCTAssertTrue(edges("Canada announced new aid, backing Kyiv's air defence.").contains("canada supports ukraine"))
    }

    func testARefusalDoesNotReachADefiniteEventInItsObject() {
        let text = "Hungary has avoided openly supporting Russia's war in Ukraine."
        XCTAssertTrue(edges(text).contains("russia attacks ukraine"))
        XCTAssertFalse(edges(text).contains("hungary supports russia"))
        XCTAssertFalse(edges("Serbia has refused to join EU sanctions against Russia.").contains("serbia sanctions russia"))
    }

    func testASpeakerIsNoAgentOfAPassiveItReports() {
        XCTAssertFalse(edges("Ukraine said a train was hit near Kharkiv.").contains("ukraine attacks kharkiv"))
        XCTAssertTrue(edges("Russian troops have been stationed in Transnistria since 1992.").contains { $0.hasPrefix("russia deploys_to") })
    }
}
