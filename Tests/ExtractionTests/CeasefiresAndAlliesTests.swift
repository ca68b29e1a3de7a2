import XCTest
@testable import Extraction

/// Prisoner exchanges and ceasefires as agreements, an agreement welcomed by others, allies
/// named by their leaders, a new office holder named with an ombudsman's title, a body's nisba
/// before its head's name, a state described as another's backer, units established abroad,
/// deployments criticised, the place of another event, a verb continued in a complement
/// clause, attacks named again by a relative clause, and cooperation discussed at a meeting.
final class CeasefiresAndAlliesTests: XCTestCase {
    func testAPrisonerExchangeIsAnAgreement() {
        XCTAssertEqual(edges("Armenia and Azerbaijan exchanged 30 prisoners on Sunday."), ["armenia cooperates_with azerbaijan"])
        XCTAssertEqual(edges("وتبادلت أرمينيا وأذربيجان 30 أسيرا."), ["armenia cooperates_with azerbaijan"])
        XCTAssertEqual(edges("Armenia and Azerbaijan exchanged accusations."), [], "accusations are no agreement")
    }

    func testACeasefireBetweenTwoSides() {
        XCTAssertEqual(edges("ودخل اتفاق وقف إطلاق النار بين الهند وباكستان حيز التنفيذ."), ["india cooperates_with pakistan"])
        XCTAssertEqual(edges("The truce between India and Pakistan held."), ["india cooperates_with pakistan"])
        XCTAssertEqual(edges("ودعا ماكرون إلى وقف إطلاق النار في السودان."), [], "no sides are named")
    }

    func testAnAgreementWelcomedByOthersIsNotTheirs() {
        XCTAssertEqual(edges("ورحبت ألمانيا وإيطاليا بالاتفاق."), [])
        XCTAssertEqual(edges("وقامت روسيا وبيلاروسيا بإجراء مناورات مشتركة."), ["belarus cooperates_with russia"])
    }

    func testAlliesNamedByTheirLeaders() {
        XCTAssertEqual(edges("Hungarian Prime Minister Viktor Orban, a close ally of Slovak Prime Minister Robert Fico, spoke."),
                       ["orban holds_role hungary", "fico holds_role slovakia", "hungary allied_with slovakia"])
    }

    func testAnOmbudsmansTitleNamesANewPerson() {
        let text = "Olena Petrenko, Ukraine's human rights commissioner, accused Russia of torturing prisoners."
        XCTAssertEqual(edges(text), ["olena_petrenko holds_role ukraine", "olena_petrenko criticizes russia"])
    }

    func testABodysNisbaBeforeItsHeadsName() {
        let graph = sharedExtractor.extract(text: "وحضر رئيس مجلس الدوما الروسي أندريه بتروف المراسم.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["andrih_btrof"])
        XCTAssertNotNil(graph.relation(source: "andrih_btrof", type: .holdsRole, target: "state_duma"))
    }

    func testAStateDescribedAsAnothersBacker() {
        XCTAssertEqual(edges("ودعت إيران، الداعم الرئيسي لجماعة الحوثي، إلى التهدئة."), ["iran supports houthis"])
        XCTAssertEqual(edges("Iran, the main backer of the Houthis, called for calm."), ["iran supports houthis"])
    }

    func testAUnitEstablishedAbroadIsADeployment() {
        XCTAssertEqual(edges("France established an armoured battalion in Romania."), ["france deploys_to romania"])
        XCTAssertEqual(edges("وأنشأت فرنسا كتيبة مدرعة في رومانيا."), ["france deploys_to romania"])
        XCTAssertEqual(edges("Russia and Belarus established the Union State in 1999."),
                       ["russia member_of union_state", "belarus member_of union_state"], "a founding stays a founding")
    }

    func testADeploymentCriticisedLater() {
        XCTAssertEqual(edges("France deployed troops to Estonia. Russia criticised the deployment."),
                       ["france deploys_to estonia", "russia criticizes france"])
    }

    func testThePlaceOfAnotherEventIsNoDeploymentTarget() {
        XCTAssertEqual(edges("Moscow and Minsk agreed on the deployment during talks in Sochi."), ["belarus cooperates_with russia"])
    }

    func testAVerbContinuingTheComplementClauseByItsGender() {
        let text = "وأعلنت رئيسة المفوضية أورسولا فون دير لاين أن الاتحاد الأوروبي لن يعترف بالنتائج، وسيفرض عقوبات على مينسك."
        XCTAssertTrue(edges(text).contains("european_union sanctions belarus"), "\(edges(text))")
        XCTAssertFalse(edges(text).contains("von_der_leyen sanctions belarus"))
    }

    func testAttacksNamedAgainByARelativeClause() {
        let text = "Israel struck Iranian nuclear sites, attacks that China condemned as illegal."
        XCTAssertEqual(edges(text), ["israel attacks iran", "china criticizes israel"])
    }

    func testCooperationDiscussedAtAMeeting() {
        let text = "والتقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان، وبحثا تعزيز التعاون."
        XCTAssertTrue(edges(text, date: "2025-01-01").contains("egypt cooperates_with turkey"), "\(edges(text, date: "2025-01-01"))")
        XCTAssertEqual(edges("وبحث الوزير تعزيز التعاون."), [], "no one met")
    }
}
