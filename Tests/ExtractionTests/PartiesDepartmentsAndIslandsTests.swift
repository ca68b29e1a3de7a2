import XCTest
import EntityGraph
@testable import Extraction

/// People named before "of the ... party" or owning one with a possessive, a party's possessor who
/// does not act, departments of a ministry in a title, warnings of consequences, "the island" for
/// the last island state named, cities of Japan, "took aim at", the SCO's summit, an Arabic object
/// set off by commas after its subject, a call's occasion before "في اتصال هاتفي", and the object
/// of a relative clause about a list.
final class PartiesDepartmentsAndIslandsTests: XCTestCase {
    func testPeopleNamedBeforeOfTheirPartyAreItsMembers() {
        let found = edges("The runoff pits Maria Lopes of the Social Democratic Party against Tomas Varga of the centre-left Green party.",
                          date: "2025-11-01")
        XCTAssertEqual(found, ["maria_lopes member_of social_democratic_party", "tomas_varga member_of green"])
    }

    func testAKnownPersonBeforeOfTheirPartyIsAMember() {
        let found = edges("The race pits Kamala Harris of the Democratic Party against a newcomer.", date: "2025-11-01")
        XCTAssertTrue(found.contains("harris member_of democratic_party"), "\(found.sorted())")
    }

    func testCapitalisedWordsBeforeOfACouncilNameNoPerson() {
        let graph = sharedExtractor.extract(text: "Members of the Security Council met in New York.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.map(\.id).sorted(), ["new_york", "un_security_council"])
    }

    func testThePossessorOfAPartyDoesNotAct() {
        let found = edges("Peru's Foreign Minister said Bolsonaro's party was allied with Washington.", date: "2025-11-01")
        XCTAssertTrue(found.isEmpty, "\(found.sorted())")
    }

    func testADepartmentOfAMinistryBeforeANameGivesTheRoleInTheMinistry() {
        let text = "والتقى مدير إدارة الشؤون الأوروبية في الخارجية الروسية فلاديسلاف ماسلوف السفير الفرنسي."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(graph, "fladislaf_maslof", "russia_foreign_ministry"), "director")
    }

    func testADepartmentBeforeAMinistryWrittenWithBaIsItsToo() {
        let found = edges("وقال رئيس قسم الشرق الأوسط بالخارجية الألمانية توبياس كلاين إن الحوار مستمر.", date: "2025-11-01")
        XCTAssertEqual(found, ["germany_foreign_ministry part_of germany", "tobias_klain holds_role germany_foreign_ministry"])
    }

    func testAWarningThatAStateWillBearTheConsequencesThreatensIt() {
        XCTAssertEqual(edges("وكانت كوريا الشمالية قد حذرت من أن سيول ستتحمل كل العواقب.", date: "2025-11-01"),
                       ["north_korea threatens south_korea"])
        XCTAssertEqual(edges("The Kremlin warned that Finland would face consequences.", date: "2025-11-01"), ["kremlin threatens finland"])
    }

    func testAWarningOfAnotherStatesDeedThreatensNoOne() {
        let found = edges("وكان روته قد حذر من أن روسيا قد تهاجم بولندا.", date: "2025-11-01")
        XCTAssertEqual(found, ["russia attacks poland"])
    }

    func testTheIslandIsTheLastIslandStateNamed() {
        let arabic = edges("وتعتبر الصين تايوان جزءا من أراضيها، في حين تعد الولايات المتحدة أكبر داعم عسكري للجزيرة.", date: "2025-11-01")
        XCTAssertTrue(arabic.contains("united_states supports taiwan"), "\(arabic.sorted())")
        let english = edges("Beijing claims Taiwan and holds drills around the island, which Washington supplies with weapons.", date: "2025-11-01")
        XCTAssertEqual(english, ["united_states supports taiwan"])
    }

    func testShipsSentToTheIslandGoToTheIslandState() {
        let found = edges("وتدعم الولايات المتحدة تايوان، وأرسلت سفنا حربية إلى الجزيرة.", date: "2025-11-01")
        XCTAssertEqual(found, ["united_states deploys_to taiwan", "united_states supports taiwan"])
    }

    func testAPeninsulaIsNoIsland() {
        let found = edges("وتدعم الولايات المتحدة تايوان، وأرسلت سفنا حربية إلى شبه الجزيرة الكورية.", date: "2025-11-01")
        XCTAssertEqual(found, ["united_states supports taiwan"])
    }

    func testAConsulPostedToAJapaneseCity() {
        let text = "وندد القنصل العام الأميركي في أوساكا مايكل كارتر بالهجوم."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.relation(source: "maikl_kartr", type: .holdsRole, target: "united_states")?.attributes["place"], "osaka")
    }

    func testTakingAimAtIsCriticism() {
        let found = edges("Brazil's president took aim at Argentina's Milei on Friday.", date: "2025-11-01")
        XCTAssertTrue(found.contains("lula criticizes milei"), "\(found.sorted())")
    }

    func testTheShanghaiSummitIsTheSCOs() {
        let graph = sharedExtractor.extract(text: "وانطلقت قمة شنغهاي في تيانجين بمشاركة روسيا والهند.", document: "t.txt", date: "2025-11-01")
        XCTAssertNotNil(graph.entity(id: "sco"))
        XCTAssertNil(graph.entity(id: "shanghai"))
    }

    func testAPersonsPossessiveBeforeAPartyMakesThemAMember() {
        let found = edges("Prague's plan drew criticism from Andrej Babis's ANO party.", date: "2025-11-01")
        XCTAssertTrue(found.contains("babis member_of ano"), "\(found.sorted())")
    }

    func testAnObjectSetOffByCommasAfterTheSubjectIsTheVerbsObject() {
        let found = edges("وانتقد وزير الخارجية الروسي سيرغي لافروف، الحكومة الألمانية، واتهمها بالتصعيد.", date: "2025-11-01")
        XCTAssertTrue(found.contains("lavrov criticizes germany"), "\(found.sorted())")
    }

    func testACallsOccasionMayStandBeforeThePhoneCall() {
        let found = edges("وهنأ الرئيس الكيني ويليام روتو نظيرته التنزانية بفوزها، في اتصال هاتفي.", date: "2025-11-01")
        XCTAssertTrue(found.contains("samia_suluhu_hassan met_with william_ruto"), "\(found.sorted())")
    }

    func testTheObjectOfARelativeClauseAboutAListIsTheWholeList() {
        let found = edges("Cartels such as Tren de Aragua and the Sinaloa Cartel, which Washington sanctioned in May, fight for the routes.",
                          date: "2025-11-01")
        XCTAssertEqual(found, ["united_states sanctions sinaloa_cartel", "united_states sanctions tren_de_aragua"])
    }

    func testDesignatedAsATerroristOrganizationIsASanction() {
        let found = edges("Gangs such as Tren de Aragua and the Sinaloa Cartel, which Washington designated as terrorist organizations, fight on.",
                          date: "2025-11-01")
        XCTAssertEqual(found, ["united_states sanctions sinaloa_cartel", "united_states sanctions tren_de_aragua"])
    }

    func testADesignatedOrganizationAsAnAdjectiveIsNoSanction() {
        let found = edges("Hegseth said the boat was run by a designated terrorist organization from Venezuela.", date: "2025-11-01")
        XCTAssertTrue(found.isEmpty, "\(found.sorted())")
    }
}
