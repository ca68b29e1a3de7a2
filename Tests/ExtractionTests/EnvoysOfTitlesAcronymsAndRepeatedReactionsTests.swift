import XCTest
@testable import Extraction

/// Envoys of a titled office, names opened by a particle, the addressee of "called on" as the
/// subject of what is asked, nisbas after a request's complement word, reactions made "also", event
/// verbs in relative clauses, acronyms coined from more than initials or naming a state's body,
/// ongoing fighting, talks reported after "إن", the sides of a story past an earlier deal,
/// criticised cooperation between states, a former title joined to a first one, fronts described as
/// the opposition, and two bodies and two speakers.
final class EnvoysOfTitlesAcronymsAndRepeatedReactionsTests: XCTestCase {
    private func entities(_ text: String) -> Set<String> {
        Set(sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01").entities.map(\.id))
    }

    func testAnEnvoyOfATitledOfficeServesThatOffice() {
        let chief = edges("The UN chief's special envoy, Jane Doerr, met the rebels.")
        XCTAssertTrue(chief.contains("jane_doerr holds_role united_nations"), "\(chief)")
        let president = edges("The Russian president's envoy, Kirill Smirnov, arrived in Doha.", date: "2025-11-01")
        XCTAssertTrue(president.contains("kirill_smirnov holds_role russia"), "\(president)")
        XCTAssertFalse(president.contains { $0.hasPrefix("putin met_with") }, "the president is not the visitor: \(president)")
    }

    func testANameWithAParticleStandsInApposition() {
        let found = edges("The EU's envoy, Pedro de Almeida, met the rebels.")
        XCTAssertTrue(found.contains("pedro_de_almeida holds_role european_union"), "\(found)")
    }

    func testAParticleOpensASurnameAfterATitle() {
        XCTAssertTrue(edges("UN envoy de Mistura met Ghali in Tindouf.").contains("de_mistura holds_role united_nations"))
        XCTAssertEqual(entities("The UN envoy de facto ran the talks."), ["united_nations"])
    }

    func testTheOneCalledOnDoesWhatIsAsked() {
        let found = edges("Macron called on Russia to negotiate with Ukraine.", date: "2025-11-01")
        XCTAssertTrue(found.contains("russia cooperates_with ukraine"), "\(found)")
        XCTAssertFalse(found.contains("france cooperates_with ukraine"), "\(found)")
        XCTAssertEqual(attribute("modality", of: "russia cooperates_with ukraine", in: "Macron called on Russia to negotiate with Ukraine."), "planned")
        let arrival = edges("A Hamas delegation arrived in Cairo on Sunday for talks with Egyptian mediators.")
        XCTAssertTrue(arrival.contains("egypt met_with hamas"), "a place after a verb's locative stays prepositional: \(arrival)")
    }

    func testWhatAListIsCalledOnToDoIsPlanned() {
        XCTAssertEqual(attribute("modality", of: "algeria cooperates_with morocco",
                                 in: "The Security Council called on Morocco and Algeria to resume negotiations."), "planned")
    }

    func testANisbaAfterARequestsComplementWordIsNoAddressee() {
        XCTAssertEqual(edges("The Polisario seeks independence for the former Spanish colony."), [])
        XCTAssertTrue(edges("Kyiv asked Germany for more air defence.").contains("ukraine requests germany"))
    }

    func testAReactionMadeAlsoAimsAtTheDeedTheLastReactionAimedAt() {
        let story = "Gunmen of al Shabaab attacked a base in Somalia. President Hassan Sheikh Mohamud condemned the attack. "
            + "The United States conducted an air strike on al Shabaab near Afgoye. "
        let also = edges(story + "Kenya also condemned the attack.", date: "2025-11-01")
        XCTAssertTrue(also.contains("kenya criticizes al_shabaab"), "\(also)")
        XCTAssertFalse(also.contains("kenya criticizes united_states"), "\(also)")
        let plain = edges(story + "Kenya condemned the attack.", date: "2025-11-01")
        XCTAssertTrue(plain.contains("kenya criticizes united_states"), "the last deed: \(plain)")
        let arabic = edges("شنت حركة الشباب هجوما على قاعدة للجيش الصومالي. وأدان الرئيس حسن شيخ محمود الهجوم. "
                           + "وشنت الولايات المتحدة غارة على حركة الشباب. كما أدانت كينيا الهجوم.", date: "2025-11-01")
        XCTAssertTrue(arabic.contains("kenya criticizes al_shabaab"), "\(arabic)")
    }

    func testAnEventVerbInARelativeClauseIsItsHeads() {
        let found = edges("The United States, which has carried out air strikes against al Shabaab, praised Somalia.")
        XCTAssertTrue(found.contains("united_states attacks al_shabaab"), "\(found)")
    }

    func testAnAcronymWhoseLettersRunThroughTheWordsNamesThem() {
        let id = "southern_african_development_community_mission_in_mozambique"
        let graph = sharedExtractor.extract(text: "The Southern African Development Community Mission in Mozambique (SAMIM) said so. SAMIM denied it.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.map(\.id), [id])
        XCTAssertTrue(edges("He met the Christian Democrats (CDA) led by Henri Bontenbal.").contains("henri_bontenbal holds_role cda"),
                      "a known acronym keeps its organisation")
    }

    func testAnAcronymAfterAStatesBodyNamesThatBody() {
        let text = "A source in Ukraine's military intelligence agency (HUR) said so. The head of HUR, Kyrylo Budanov, said so."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("budanov holds_role ukraine_military_intelligence"))
        let body = sharedExtractor.extract(text: text, document: "t.txt").entities.first { $0.id == "ukraine_military_intelligence" }
        XCTAssertTrue(body?.aliases.contains("HUR") == true, "\(String(describing: body))")
    }

    func testOngoingFightingIsAnAttack() {
        XCTAssertTrue(edges("The RSF has been fighting Sudan's army since 2023.").contains("rsf attacks sudan"))
        XCTAssertTrue(edges("Nigeria has been battling Boko Haram for 15 years.").contains("nigeria attacks boko_haram"))
        XCTAssertFalse(edges("Refugees fled the fighting in Darfur to Chad.").contains { $0.contains("attacks") })
    }

    func testTheActorRightAfterThatHoldsTheTalksItReports() {
        let found = edges("وقال وزير الخارجية الأرميني أرارات ميرزويان إن يريفان تجري محادثات مع أنقرة.", date: "2025-11-01")
        XCTAssertTrue(found.contains("armenia met_with turkey"), "\(found)")
        XCTAssertFalse(found.contains("mirzoyan met_with turkey"), "\(found)")
    }

    func testADealDatedBeforeTheArticleNamesNoSidesOfTheStory() {
        let text = "التقى باشينيان كوباخيدزه في تبليسي. ووقعت أرمينيا وأذربيجان اتفاق سلام في أغسطس 2025. ووقع الجانبان مذكرة تفاهم للتعاون."
        let found = edges(text, date: "2025-11-20")
        XCTAssertTrue(found.contains("armenia cooperates_with georgia"), "\(found)")
        XCTAssertEqual(attribute("date", of: "armenia cooperates_with azerbaijan", in: text, date: "2025-11-20"), "2025-08", "only the dated deal")
    }

    func testThePersonAfterARelativePronounHeadsTheOfficeBeforeIt() {
        let found = edges("A statement came from the Sovereignty Council, which Burhan chairs.", date: "2025-11-01")
        XCTAssertTrue(found.contains("burhan holds_role sudan_sovereignty_council"), "\(found)")
        XCTAssertFalse(edges("Anwar, whose country chairs the Association of Southeast Asian Nations (ASEAN), met Hun Manet.")
            .contains { $0.contains("holds_role") && $0.contains("asean") })
    }

    func testCriticisedCooperationBetweenStatesCriticisesThem() {
        let found = edges("Turkey has criticised the growing military cooperation between Israel, Greece and Cyprus.")
        XCTAssertTrue(["israel", "greece", "cyprus"].allSatisfy { found.contains("turkey criticizes \($0)") }, "\(found)")
        XCTAssertFalse(edges("Turkey welcomed the cooperation between Israel and Greece.").contains { $0.hasPrefix("turkey") })
    }

    func testAFormerTitleJoinedToAFirstLeavesTheFirstHeld() {
        let found = edges("أدانت المحكمة رئيس حزب الأمل ورئيس الحكومة السابق خالد العمري.")
        XCTAssertTrue(found.contains("khald_alamri holds_role hzb_alaml"), "\(found)")
    }

    func testAFrontDescribedAsTheOppositionIsAParty() {
        let found = edges("واتهمت جبهة الإنقاذ الوطني المعارضة الحكومة المصرية بقمع المتظاهرين.")
        XCTAssertTrue(found.contains("jbha_alinqadh_alotni criticizes egypt"), "\(found)")
        XCTAssertEqual(entities("وقالت جبهة المعارضة إن الحكم ظالم."), [], "a front named by its description alone")
    }

    func testTheHumanRightsOfficeAndIransParliamentSpeaker() {
        XCTAssertTrue(edges("وقال المتحدث باسم المفوضية السامية لحقوق الإنسان جيريمي لورانس إن الحكم مقلق.")
            .contains("jirimi_lorans holds_role ohchr"))
        XCTAssertTrue(edges("UN human rights office spokesman Jeremy Laurence said so.").contains("jeremy_laurence holds_role ohchr"))
        XCTAssertTrue(edges("وقال رئيس مجلس الشورى الإسلامي الإيراني إن بلاده لن تتراجع.", date: "2025-11-01").contains("qalibaf holds_role iran"))
        XCTAssertTrue(entities("وقال فولودين إن موسكو لن تتراجع.").contains("volodin"))
    }
}
