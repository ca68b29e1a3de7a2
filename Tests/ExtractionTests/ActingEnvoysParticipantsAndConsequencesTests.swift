import XCTest
import EntityGraph
@testable import Extraction

/// "بالوكالة" / "بالإنابة" after a title; a posting word with a pronoun suffix ("لديها"); taking
/// part is cooperation only in a joint activity or with a partner; police sent abroad are a
/// deployment; an adjective between a government and "في"; "المجموعة" after "مجموعة العشرين"; the
/// doer of a clause after "بعد أن" that names none, when the main subject cannot be.
final class ActingEnvoysParticipantsAndConsequencesTests: XCTestCase {
    func testAnActingTitleHolderIsNamed() {
        let graph = sharedExtractor.extract(text: "وقال وزير الخارجية الليبي بالوكالة طاهر الباعور إن الاجتماع مهم.", document: "t.txt", date: "2025-05-02")
        XCTAssertEqual(role(graph, "tahr_albaaor", "libya"), "foreign_minister")
        let envoy = sharedExtractor.extract(text: "وقالت المندوبة الأميركية بالإنابة لدى الأمم المتحدة ليندا توماس إن القرار مهم.",
                                            document: "t.txt", date: "2025-05-02")
        XCTAssertEqual(role(envoy, "linda_tomas", "united_states"), "ambassador")
    }

    func testAPostingWordWithAPronounSuffixIsNoPartOfTheName() {
        let found = edges("وكانت موسكو قد طردت سفير إستونيا لديها مارغوس لايدري.", date: "2025-05-02")
        XCTAssertEqual(found, ["marghos_laidri holds_role estonia", "russia sanctions estonia"])
    }

    func testTakingPartIsCooperationOnlyInAJointActivityOrWithAPartner() {
        XCTAssertEqual(edges("يشارك الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني فريدريش ميرتس في القمة.", date: "2025-11-21"),
                       ["macron holds_role france", "merz holds_role germany"])
        XCTAssertTrue(edges("شاركت روسيا والصين في مناورات بحرية مشتركة.", date: "2025-05-02").contains("china cooperates_with russia"))
        XCTAssertTrue(edges("وتشارك إيطاليا مع فرنسا في رئاسة لجنة المراقبة.", date: "2025-05-02").contains("france cooperates_with italy"))
    }

    func testPoliceSentAbroadAreADeployment() {
        XCTAssertTrue(edges("أرسلت كينيا 400 شرطي إلى هايتي.", date: "2025-05-02").contains("kenya deploys_to haiti"))
    }

    func testAnAdjectiveMayStandBetweenAGovernmentAndItsState() {
        let found = edges("طلبت الحكومة المؤقتة في هايتي من الأمم المتحدة إرسال قوة.", date: "2025-05-02")
        XCTAssertEqual(found, ["haiti_government part_of haiti", "haiti requests united_nations"])
    }

    func testTheGroupAfterTheGroupOfTwentyIsIt() {
        let found = edges("عقدت قمة مجموعة العشرين في جوهانسبرغ، بعد انضمام الاتحاد الأفريقي إلى المجموعة.", date: "2025-11-22")
        XCTAssertTrue(found.contains("african_union member_of g20"), "\(found)")
    }

    func testTheDoerOfAClauseAfterTheMainActIsThePersonActedOn() {
        let text = "فرضت وزارة الخزانة الأميركية عقوبات على وزير الدفاع الفنزويلي فلاديمير بادرينو، بعد أن انتقد الضربات الأميركية."
        XCTAssertTrue(edges(text, date: "2025-10-24").contains("fladimir_badrino criticizes united_states"))
    }

    func testAFeminineVerbAfterTheMainActIsNotThePersonActedOn() {
        let text = "فرضت الولايات المتحدة عقوبات على الرئيس الكولومبي غوستافو بيترو بعد أن انتقدت الحكومة الضربات."
        XCTAssertFalse(edges(text, date: "2025-10-24").contains { $0.hasPrefix("ghostafo_bitro criticizes") })
    }
}
