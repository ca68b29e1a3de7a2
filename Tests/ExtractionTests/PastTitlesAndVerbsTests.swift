import XCTest
@testable import Extraction

/// Past titles, heads of state bodies, attack verbs said of people, meetings continued after a
/// comma, possessive nouns, appeals with دعا / يحث, the nominal negation عدم, participles that
/// qualify a noun, soldiers stationed.
final class PastTitlesAndVerbsTests: XCTestCase {
    func testAPastTitleNamesItsHolderWithoutARole() {
        XCTAssertEqual(edges("التقى وزير الدفاع البريطاني السابق بن والاس الرئيس الأوكراني فولوديمير زيلينسكي في كييف.", date: "2025-05-01"),
                       ["zelensky holds_role ukraine", "wallace met_with zelensky"])
        XCTAssertEqual(edges("Former German Chancellor Angela Merkel met Ukrainian President Volodymyr Zelensky in Kyiv.", date: "2025-05-01"),
                       ["zelensky holds_role ukraine", "merkel met_with zelensky"])
        XCTAssertEqual(edges("Russia's former defence minister Sergei Shoigu met Lukashenko in Minsk.", date: "2025-05-01"),
                       ["lukashenko met_with shoigu"])
    }

    func testAPastTitleWithoutANameIsNotTodaysHolder() {
        let graph = { (text: String) in sharedExtractor.extract(text: text, document: "t.txt", date: "2025-05-01") }
        let past = graph("وقال وزير الدفاع الروسي السابق إن الناتو يقترب من حدود روسيا.")
        XCTAssertNil(past.entity(id: "belousov"))
        XCTAssertNil(past.entity(id: "shoigu"))
        XCTAssertNotNil(graph("وقال وزير الدفاع الروسي إن الناتو يقترب من حدود روسيا.").entity(id: "belousov"),
                        "the same title without السابق is today's holder")
    }

    func testAttackVerbsSaidOfAPersonAreCriticism() {
        XCTAssertEqual(edges("وهاجم وزير الخارجية المجري بيتر سيارتو المفوضية الأوروبية بسبب العقوبات."),
                       ["szijjarto holds_role hungary", "szijjarto criticizes european_commission"])
        XCTAssertEqual(edges("Sikorski attacked Lukashenko over the migrant crisis."), ["sikorski criticizes lukashenko"])
        XCTAssertEqual(edges("هاجمت روسيا أوكرانيا بالصواريخ والمسيرات."), ["russia attacks ukraine"], "a state attacks")
        XCTAssertEqual(edges("Putin invaded Ukraine in February 2022."), ["putin attacks ukraine"], "invading is never words")
    }

    func testAMeetingVerbAfterACommaContinuesTheClauseOfThePersonNamedFirst() {
        XCTAssertEqual(edges("وصل وزير الخارجية الصيني وانغ يي إلى موسكو، والتقى الرئيس فلاديمير بوتين."),
                       ["wang_yi holds_role china", "putin holds_role russia", "putin met_with wang_yi", "russia met_with wang_yi"])
        XCTAssertEqual(edges("وفي ختام القمة، والتقى بوتين نظيره الصيني شي جين بينغ."),
                       ["xi_jinping holds_role china", "putin met_with xi_jinping"], "a subject of its own after the verb")
    }

    func testAPossessiveAllyNounBelongsToTheActorOfItsClause() {
        XCTAssertEqual(edges("وأكد ريابكوف أن أستانا لن تقبل بأي تهديد لأمن حليفتها موسكو."), ["kazakhstan allied_with russia"])
    }

    func testAppealsWithDaaAndHaththa() {
        XCTAssertEqual(edges("ودعا الرئيس الفرنسي إيمانويل ماكرون الصين إلى الضغط على روسيا."),
                       ["macron holds_role france", "macron requests china"])
        XCTAssertEqual(edges("وبحث لافروف ونظيره التركي هاكان فيدان الأزمة الأوكرانية."),
                       ["fidan holds_role turkey", "fidan met_with lavrov"], "بحث is not ب + حث")
    }

    func testTheNominalNegationAdamNegatesTheEventAfterIt() {
        XCTAssertEqual(edges("ويحث الاتحاد الأوروبي الصين على عدم تزويد روسيا بالأسلحة."), ["european_union requests china"])
    }

    func testThePresidentOfAStateBodyIsItsDirector() {
        let graph = sharedExtractor.extract(text: "وقال رئيس الاستخبارات العسكرية البولندية ياروسلاف ستروجيك إن الوضع مستقر.",
                                            document: "t.txt")
        let head = graph.relations.first { $0.type == .holdsRole }
        XCTAssertEqual(head?.target, "poland_military_intelligence")
        XCTAssertEqual(head?.attributes["role"], "director")
    }

    func testAParticipleQualifyingANounIsAnAllegationNotAnAccuser() {
        XCTAssertEqual(edges("وفرضت اليابان عقوبات على شركات صينية متهمة بدعم المجهود الحربي الروسي."), ["japan sanctions china"])
        XCTAssertEqual(edges("وانتقد لافروف الاتحاد الأوروبي، متهما بولندا بتأجيج التوتر."),
                       ["lavrov criticizes european_union", "lavrov criticizes poland"], "a participle with its object accuses")
    }

    func testSoldiersStationedInAState() {
        XCTAssertEqual(edges("وأضاف أن نحو ثلاثة آلاف جندي أمريكي يتمركزون حاليا في رومانيا."),
                       ["united_states_army part_of united_states", "united_states deploys_to romania"])
    }

    func testADenialDoesNotGovernASecondActionJoinedByAnd() {
        let english = sharedExtractor.extract(text: "The Moldovan foreign ministry denied the reports and accused Moscow of spreading lies.",
                                              document: "t.txt")
        XCTAssertEqual(english.relation(source: "moldova", type: .criticizes, target: "russia").map { $0.attributes["modality"] ?? "asserted" },
                       "asserted")
        let arabic = sharedExtractor.extract(text: "ونفت وزارة الدفاع المولدوفية التقارير واتهمت موسكو بنشر الأكاذيب.", document: "t.txt")
        XCTAssertEqual(arabic.relation(source: "moldova", type: .criticizes, target: "russia").map { $0.attributes["modality"] ?? "asserted" },
                       "asserted")
        XCTAssertEqual(attribute("modality", of: "russia deploys_to moldova",
                                 in: "The Kremlin denied plans to send troops to Moldova and deploy missiles there."), "denied")
    }

    func testATitleNotHeldYetNamesItsHolderWithoutARole() {
        XCTAssertEqual(edges("Japan's prime minister-designate Sanae Takaichi met Trump.", date: "2025-10-20"),
                       ["takaichi met_with trump"])
        XCTAssertEqual(edges("Germany's chancellor-in-waiting Friedrich Merz criticised Russia.", date: "2025-03-04"),
                       ["merz criticizes russia"], "not Scholz, who held the office then")
    }
}
