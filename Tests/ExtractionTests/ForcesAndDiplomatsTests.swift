import XCTest
@testable import Extraction

/// Armed forces named in another state, the pair "البلدين" stands for, diplomats who stand for
/// their state, and given names spelled like a nisba.
final class ForcesAndDiplomatsTests: XCTestCase {
    func testAStatesArmedForcesInAnotherStateAreItsDeployment() {
        XCTAssertEqual(edges("وأكد الوزير وجود قوات إيرانية في سوريا."), ["iran_army part_of iran", "iran deploys_to syria"])
        XCTAssertEqual(edges("وانتشرت القوات الكورية الشمالية في كورسك."), ["north_korea_army part_of north_korea", "north_korea deploys_to russia"])
        XCTAssertEqual(attribute("place", of: "north_korea deploys_to russia", in: "وانتشرت القوات الكورية الشمالية في كورسك."), "kursk")
        XCTAssertEqual(edges("وقالت القوات الروسية في كورسك إنها صدت الهجوم."), ["russia_army part_of russia", "russia_army located_in kursk"],
                       "a state's own forces at home are only located there")
        XCTAssertEqual(edges("وتجمع المحتجون أمام السفارة الروسية في وارسو."), ["russia_embassy part_of russia", "russia_embassy located_in warsaw"],
                       "an embassy is no force")
    }

    func testTheTwoCountriesAreThePairOfTheLastMeetingOrAgreement() {
        let text = "ووقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون معاهدة شراكة في بيونغ يانغ. "
            + "وأثار ذلك قلق اليابان، التي قالت إن التعاون العسكري بين البلدين يهدد المنطقة."
        let found = edges(text, date: "2024-06-20")
        XCTAssertTrue(found.contains("north_korea cooperates_with russia"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("japan cooperates_with") || $0.hasSuffix("cooperates_with japan") })
    }

    func testWhatAStateDoesToAForeignAmbassadorItDoesToHisState() {
        let graph = sharedExtractor.extract(text: "واستدعت وزارة الخارجية البولندية القائم بالأعمال البيلاروسي ألكسندر تشيسنوفسكي احتجاجا على الاستفزازات.",
                                            document: "t.txt")
        XCTAssertNotNil(graph.relation(source: "poland", type: .criticizes, target: "belarus"))
        XCTAssertEqual(graph.relations.filter { $0.type == .criticizes }.count, 1, "the diplomat is not criticised in person")
    }

    func testAGivenNameSpelledLikeANisbaStartsAName() {
        let graph = sharedExtractor.extract(text: "وقال السفير الروسي في سول جورجي زينوفييف ردا على سؤال إن العلاقات جيدة.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map { $0.aliases.contains("جورجي زينوفييف") }, [true])
        XCTAssertFalse(graph.entities.contains { $0.id == "georgia" })
    }

    func testDelegationsAndOfficialsStandForTheirStates() {
        XCTAssertEqual(edges("والتقى الوفد الأذربيجاني الوفد الأرميني في واشنطن."), ["armenia met_with azerbaijan"])
        XCTAssertEqual(edges("Armenian and Azerbaijani officials met in Abu Dhabi."), ["armenia met_with azerbaijan"])
    }

    func testABlocIsNoAllyOfItsMembersAndHostingASystemIsADeployment() {
        // Its allies in the bloc make Canada a member, not an ally of the bloc.
        XCTAssertEqual(edges("Canada and its NATO allies condemned the deployment."), ["canada member_of nato"])
        XCTAssertEqual(edges("Lukashenko said Belarus would host Russia's new missile system."),
                       ["russia deploys_to belarus"])
    }
}
