import XCTest
import EntityGraph
@testable import Extraction

/// A dual title before two names gives both their role; "خلال لقائهما" is a meeting of the two
/// named as the subject; "الوزيران" after a meeting of presidents names the ministers; a
/// participle "منتقدا" criticises; a host's nisba may follow "على أراضيها" and the weapons; a
/// place and a dash opening a paragraph is a dateline; "part of" a bloc in English, "They" for
/// the list that opened the sentence before and "with" other states after the bloc are
/// membership; an infinitive of purpose after a visit is the visitor's; a place after "في مدينة"
/// is no subject.
final class DualTitlesDatelinesAndPurposesTests: XCTestCase {
    func testADualTitleGivesTheSecondNameItsRoleOnTheDate() {
        let graph = sharedExtractor.extract(text: "وعقد الرئيسان رجب طيب أردوغان وإلهام علييف مؤتمرا صحفيا مشتركا في أنقرة.", document: "t.txt", date: "2024-05-01")
        XCTAssertEqual(role(graph, "erdogan", "turkey"), "president")
        XCTAssertEqual(role(graph, "ilham_aliyev", "azerbaijan"), "president")
        let minister = sharedExtractor.extract(text: "وعقد الرئيسان رجب طيب أردوغان وهاكان فيدان مؤتمرا صحفيا في أنقرة.", document: "t.txt", date: "2024-05-01")
        XCTAssertNil(role(minister, "fidan", "turkey").flatMap { $0 == "president" ? $0 : nil })
    }

    func testADualPossessiveMeetingIsOneOfTheTwoNamedAsSubject() {
        let found = edges("وأكد أردوغان وعلييف خلال لقائهما في أنقرة أهمية ممر زنغزور.", date: "2024-05-01")
        XCTAssertTrue(found.contains("erdogan met_with ilham_aliyev") || found.contains("ilham_aliyev met_with erdogan"))
    }

    func testTheTwoMinistersAfterAMeetingOfPresidentsAreTheMinisters() {
        let found = edges("""
            ووصل وزير الخارجية التركي هاكان فيدان ونظيره الأذربيجاني جيحون بيراموف إلى موسكو.
            والتقى الرئيس الروسي فلاديمير بوتين الرئيس الأذربيجاني إلهام علييف في الكرملين.
            وانتقد الوزيران الغرب.
            """, date: "2024-05-01")
        XCTAssertTrue(found.isSuperset(of: ["fidan criticizes west", "bayramov criticizes west"]))
        XCTAssertFalse(found.contains("putin criticizes west"))
    }

    func testAParticipleOfCriticismAfterAComma() {
        XCTAssertTrue(edges("وأشاد وانغ يي بالتعاون مع موسكو، منتقدا ما وصفه بتدخل الولايات المتحدة في شؤون آسيا.", date: "2024-05-01")
            .contains("wang_yi criticizes united_states"))
    }

    func testAHostsNisbaAfterOnItsTerritoryAndTheWeapons() {
        let text = "وتستضيف رومانيا على أراضيها منظومات دفاع جوي أمريكية منذ سنوات."
        XCTAssertTrue(edges(text).contains("united_states deploys_to romania"))
        XCTAssertEqual(attribute("what", of: "united_states deploys_to romania", in: text), "منظومات دفاع جوي")
    }

    func testAPlaceAndADashOpeningAParagraphIsADateline() {
        let found = edges("أنقرة - بحث وزير الخارجية التركي هاكان فيدان مع نظيره الأذربيجاني جيحون بيراموف العلاقات الثنائية.", date: "2024-05-01")
        XCTAssertTrue(found.contains("bayramov met_with fidan") || found.contains("fidan met_with bayramov"))
        XCTAssertFalse(found.contains { $0.contains("met_with turkey") || $0.hasPrefix("turkey met_with") })
    }

    func testPartOfABlocTheyAndCoMembersWith() {
        XCTAssertTrue(edges("Estonia is part of NATO.").contains("estonia member_of nato"))
        XCTAssertFalse(edges("Kaliningrad is part of Russia.").contains { $0.contains("member_of") })
        XCTAssertTrue(edges("Latvia and Lithuania border Belarus. They are also part of the European Union.")
            .isSuperset(of: ["latvia member_of european_union", "lithuania member_of european_union"]))
        XCTAssertTrue(edges("Kazakhstan is a member of the CSTO with Kyrgyzstan and Tajikistan.")
            .isSuperset(of: ["kazakhstan member_of csto", "kyrgyzstan member_of csto", "tajikistan member_of csto"]))
        XCTAssertFalse(edges("Finland is a member of the European Union with Russia, which it borders, as its largest neighbour.")
            .contains("russia member_of european_union"))
    }

    func testAnInfinitiveOfPurposeAfterAVisitIsTheVisitors() {
        let found = edges("Serbian President Aleksandar Vucic, who won re-election in 2022, has visited Beijing to meet Chinese President Xi Jinping.",
                          date: "2024-10-23")
        XCTAssertTrue(found.contains("vucic met_with xi_jinping") || found.contains("xi_jinping met_with vucic"))
    }

    func testAPlaceAfterAPrepositionAndAPlaceNounIsNoSubject() {
        let found = edges("ويأتي ذلك بعد أيام من مشاركة رئيس وزراء الهند، ناريندرا مودي، في قمة منظمة شنغهاي في مدينة تيانجين، حيث التقى الرئيس الصيني شي جين بينغ.",
                          date: "2024-10-23")
        XCTAssertTrue(found.contains("modi met_with xi_jinping") || found.contains("xi_jinping met_with modi"))
    }
}
