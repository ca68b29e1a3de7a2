import XCTest
import EntityGraph
@testable import Extraction

/// Forces named with their leader, affairs portfolios and principals of advisers, spokespeople
/// of a ministry named by a pronoun, "the two countries" of an agreement, one agreement written
/// in two event words, accusations after "حيث", regional capitals, capitals that are no part of a
/// sea, hosts of a signing, singular verbs after "and", troops kept inside a state.
final class LedForcesPostingsAndHostsTests: XCTestCase {
    func testAForceNamedWithItsLeaderActsItselfNotTheLeader() {
        let found = edges("وأعلنت قوات الدعم السريع بقيادة محمد حمدان دقلو سيطرتها على مدينة نيالا.")
        XCTAssertTrue(found.contains("rsf attacks nyala"), "\(found)")
        XCTAssertFalse(found.contains("hemedti attacks nyala"), "\(found)")
        XCTAssertTrue(found.contains("hemedti holds_role rsf"), "\(found)")
    }

    func testAnAffairsPortfolioStandsBetweenAnAdvisersOfficeAndName() {
        let text = "وقال كبير مستشاري الرئيس التركي للشؤون الخارجية عاكف تشاغطاي قليج إن أنقرة تدعم الحوار."
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        let advisers = graph.relations.filter { $0.type == .holdsRole && $0.target == "turkey" && $0.attributes["role"] == "adviser" }
        XCTAssertEqual(advisers.map { graph.entity(id: $0.source)?.kind }, [.person], "\(graph.relations)")
        let envoy = edges("والتقى المبعوث الأمريكي للشؤون الأفريقية مسعد بولس الرئيس الكيني وليام روتو.")
        XCTAssertTrue(envoy.contains { $0.hasSuffix("holds_role united_states") && !$0.hasPrefix("united_states") }, "\(envoy)")
    }

    func testAnAdviserToALeaderServesTheLeadersState() {
        let named = edges("Hikmet Hajiyev, an aide to President Ilham Aliyev, said the talks went well.")
        XCTAssertTrue(named.contains("hikmet_hajiyev holds_role azerbaijan"), "\(named)")
        let byNisba = edges("Mykhailo Podolyak, an adviser to the Ukrainian president, said the talks went well.")
        XCTAssertTrue(byNisba.contains("podolyak holds_role ukraine"), "\(byNisba)")
        let posted = edges("Tom Barrack, the US ambassador to Turkey, met Lebanese officials.")
        XCTAssertFalse(posted.contains("tom_barrack holds_role turkey"), "\(posted)")
    }

    func testASpokespersonNamedByTheMinistrysPronounServesThatMinistry() {
        let text = "زار وزير الخارجية الأمريكي ماركو روبيو بغداد. "
            + "ونددت وزارة الخارجية التركية بالهجوم، وقال المتحدث باسمها أونجو كتشلي إن أنقرة تتابع الوضع."
        XCTAssertEqual(offices(ofRole: "spokesperson", in: text), ["turkey_foreign_ministry"], "\(edges(text))")
    }

    func testTheTwoCountriesOfAnAgreementAreItsParties() {
        let text = "التقى الرئيس الأمريكي دونالد ترامب رئيس الوزراء الأسترالي أنتوني ألبانيزي في واشنطن. "
            + "ووقعت أستراليا اتفاقية للتعاون الأمني مع إندونيسيا تتيح تدريب قوات البلدين معا."
        let found = edges(text)
        XCTAssertTrue(found.contains("australia cooperates_with indonesia"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("indonesia") && $0.contains("united_states") }, "\(found)")
        let ally = edges("اتفقت الهند وباكستان على وقف إطلاق النار. ورحبت الصين، الحليف الوثيق لباكستان، بالاتفاق، ودعت البلدين إلى ضبط النفس.")
        XCTAssertTrue(ally.isSuperset(of: ["china requests india", "china requests pakistan"]), "\(ally)")
    }

    func testAnAgreementForCooperationIsOneEventAfterATimePhraseToo() {
        XCTAssertTrue(edges("ووقعت مصر اتفاقية للتعاون مع اليونان.").contains("egypt cooperates_with greece"))
        XCTAssertTrue(edges("ووقعت مصر العام الماضي اتفاقية مع اليونان.").contains("egypt cooperates_with greece"))
        XCTAssertTrue(edges("ووقعت مصر في مارس اتفاقية للتعاون البحري مع اليونان.").contains("egypt cooperates_with greece"))
    }

    func testAVerbAfterWhereKeepsTheSubjectNamedAfterIt() {
        let found = edges("وتتصاعد الخلافات بين الصين واليابان، حيث تتهم طوكيو بكين بإرسال سفن إلى مياهها.")
        XCTAssertTrue(found.contains("japan criticizes china"), "\(found)")
    }

    func testARegionsCapitalLiesInItAndAStatesIsItsCapital() {
        XCTAssertTrue(edges("سيطر الجيش على مدينة كادقلي، عاصمة ولاية جنوب كردفان.").contains("kadugli located_in south_kordofan"))
        XCTAssertTrue(edges("Rebels seized Nyala, the capital of South Darfur, on Sunday.").contains("nyala located_in south_darfur"))
        XCTAssertTrue(edges("وصل الوفد إلى أنقرة، عاصمة تركيا.").contains("ankara capital_of turkey"))
    }

    func testACapitalActingAtSeaIsNotLocatedInTheSea() {
        let found = edges("وحذرت بكين من تدخل واشنطن في بحر الصين الجنوبي.")
        XCTAssertFalse(found.contains { $0.contains("located_in") }, "\(found)")
        let graph = sharedExtractor.extract(text: "Chinese ships fired water cannon near Scarborough Shoal in the South China Sea.", document: "t.txt")
        XCTAssertNotNil(graph.entity(id: "scarborough_shoal"))
        XCTAssertNotNil(graph.entity(id: "south_china_sea"))
    }

    func testTheHostOfASigningMeetsTheSignatories() {
        let english = edges("Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban signed the accord in Belgrade, "
            + "in a ceremony hosted by Chinese President Xi Jinping.")
        XCTAssertTrue(english.isSuperset(of: ["vucic met_with xi_jinping", "orban met_with xi_jinping"]), "\(english)")
        let arabic = edges("ووقع الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان الإعلان بحضور الرئيس الأمريكي دونالد ترامب.")
        XCTAssertTrue(arabic.isSuperset(of: ["ilham_aliyev met_with trump", "pashinyan met_with trump"]), "\(arabic)")
        let absent = edges("Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban signed the accord in 2024, "
            + "in a ceremony hosted by Chinese President Xi Jinping.")
        XCTAssertFalse(absent.contains { $0.contains("met_with") }, "\(absent)")
        let ownSide = edges("Japanese Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro signed the pact in Manila, "
            + "in a ceremony witnessed by Philippine President Ferdinand Marcos Jr.", date: "2024-07-08")
        XCTAssertTrue(ownSide.contains("marcos_jr met_with yoko_kamikawa"), "\(ownSide)")
        XCTAssertFalse(ownSide.contains("marcos_jr met_with teodoro"), "\(ownSide)")
    }

    func testASingularVerbAfterAndLeavesTheLastActorAsTheSubject() {
        let found = edges("Moldovan President Maia Sandu has left the Commonwealth of Independent States and her government "
            + "has said it wants to join the European Union.")
        XCTAssertTrue(found.contains("moldova member_of european_union"), "\(found)")
        XCTAssertFalse(found.contains("cis member_of european_union"), "\(found)")
    }

    func testTroopsKeptInsideAStateAreDeployedThere() {
        XCTAssertTrue(edges("Turkey has kept troops at several bases inside Iraq.").contains("turkey deploys_to iraq"))
        XCTAssertTrue(edges("M23 rebels seized Goma in January.").contains("m23 attacks goma"))
    }
}
