import XCTest
@testable import Extraction

/// Counterparts joined by "and his", talks after "their", passives after a long apposition,
/// refusals that end at "and has", military operations, attacks that name no thing before their
/// place, the given name علي, speakers of parliament in a
/// visited capital, companies named after their kind, borders after an exclave, future signing,
/// and mutual defence clauses of a treaty just signed.
final class ClausesTreatiesAndSiteNamesTests: XCTestCase {
    func testCounterpartsJoinedByAndHisAndTheirTalks() {
        let text = "Slovak Foreign Minister Juraj Blanar and his Serbian counterpart Marko Djuric agreed to expand trade, the ministry said after their talks."
        let found = edges(text)
        XCTAssertTrue(found.contains("serbia cooperates_with slovakia"), "\(found)")
        XCTAssertTrue(found.contains { $0.contains("met_with") && $0.contains("juraj_blanar") && $0.contains("marko_djuric") }, "\(found)")
    }

    func testAPassiveObjectIsTheHeadOfALongApposition() {
        let text = "Lavrov, who is in China for a meeting of the Shanghai Cooperation Organization (SCO), was later received by Chinese President Xi Jinping."
        XCTAssertTrue(edges(text).contains("lavrov met_with xi_jinping"), "\(edges(text))")
    }

    func testARefusalEndsAtAndBeforeAnAuxiliary() {
        let text = "India has refused to condemn the war and has bought Russian oil since Western countries imposed sanctions on Moscow."
        XCTAssertTrue(edges(text).contains("west sanctions russia"), "\(edges(text))")
    }

    func testAMilitaryOperationIsAnAttack() {
        XCTAssertTrue(edges("Beijing has not condemned Russia's military operation in Ukraine.").contains("russia attacks ukraine"))
        XCTAssertTrue(edges("بدأت العملية العسكرية الروسية في أوكرانيا عام 2022.").contains("russia attacks ukraine"))
    }

    func testAnAttackThatNamesNoThingBeforeItsPlaceAttacksNoState() {
        let graph = sharedExtractor.extract(text: "انتقدت قطر استمرار العمليات العسكرية الإسرائيلية في غزة.", document: "t.txt")
        XCTAssertNil(graph.entity(id: "palestine"))
        XCTAssertNotNil(graph.relation(source: "qatar", type: .criticizes, target: "israel"))
    }

    func testAliIsANameWhenTheTextWritesTheStopwordWithAlifMaqsura() {
        let text = "وقال أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني إن بلاده لن تتراجع. وعلق على ذلك مسؤول آخر."
        XCTAssertTrue(edges(text).contains("ali_larijani holds_role iran"), "\(edges(text))")
        let loose = sharedExtractor.extract(text: "تحدث وزير الخارجية الإيراني علي هامش القمة.", document: "t.txt")
        XCTAssertFalse(loose.entities.contains { $0.id.hasPrefix("ali") }, "\(loose.entities.map(\.id))")
    }

    func testAParliamentSpeakerMetInAVisitedCapitalIsThatStates() {
        let text = "وكان لاريجاني قد زار بيروت، والتقى رئيس مجلس النواب فادي علامة."
        XCTAssertTrue(edges(text).contains("fadi_alama holds_role lebanon"), "\(edges(text))")
    }

    func testAFunctionWordEndsANameAfterATitle() {
        let graph = sharedExtractor.extract(text: "انتقد وزير الخارجية الأيسلندي سامر رجي تصريحات المسؤول.", document: "t.txt")
        XCTAssertNotNil(graph.entity(id: "samr_rji"), "\(graph.entities.map(\.id))")
    }

    func testACompanyNamedAfterItsKind() {
        XCTAssertTrue(edges("وقعت بولندا عقدا مع شركة ويستنغهاوس الأمريكية.").contains("oistnghhaos part_of united_states"))
        let graph = sharedExtractor.extract(text: "Warsaw will build the plant with U.S. company Westinghouse.", document: "t.txt")
        XCTAssertEqual(graph.entity(id: "westinghouse")?.kind, .organization)
    }

    func testBordersListedAfterAnExclave() {
        let text = "Poland shares borders with Russia's Kaliningrad exclave, Belarus and Ukraine."
        XCTAssertTrue(edges(text).isSuperset(of: ["belarus borders poland", "poland borders ukraine"]), "\(edges(text))")
    }

    func testAFutureSigningIsAPlannedAgreement() {
        XCTAssertEqual(attribute("modality", of: "armenia cooperates_with united_states", in: "ستوقع الولايات المتحدة اتفاقيات مع أرمينيا."), "planned")
    }

    func testAMutualDefenceClauseAlliesTheTreatysParties() {
        let english = "Greece and Cyprus signed a treaty that includes a mutual defence clause."
        XCTAssertTrue(edges(english).contains("cyprus allied_with greece"), "\(edges(english))")
        XCTAssertFalse(edges("The new treaty includes a mutual defence clause.").contains { $0.contains("allied_with") })
    }
}
