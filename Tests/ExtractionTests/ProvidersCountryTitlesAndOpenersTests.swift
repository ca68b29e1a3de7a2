import XCTest
import EntityGraph
@testable import Extraction

/// An event noun whose relative clause names who provides or wages it ("الدعم الذي تقدمه X لـY");
/// a title of "the country" before a name ("أمير البلاد"); "ولي عهد" in construct with a state;
/// an English "He" opening a sentence is the person who opened the one before; a month's second
/// name before the year.
final class ProvidersCountryTitlesAndOpenersTests: XCTestCase {
    func testTheActorAfterALightVerbProvidesTheEventNoun() {
        XCTAssertTrue(edges("أشاد الوزير بالمساعدات التي تقدمها اليابان للفلبين في مجال الأمن البحري.", date: "2025-11-20")
            .contains("japan supports philippines"))
        XCTAssertTrue(edges("وأدانت الخارجية الغارات التي تشنها إسرائيل والولايات المتحدة على إيران.", date: "2025-06-20")
            .isSuperset(of: ["israel attacks iran", "united_states attacks iran"]))
    }

    func testAVerbOfReceivingProvidesNothing() {
        let found = edges("أشاد الوزير بالدعم الذي تلقته أوكرانيا من اليابان.", date: "2025-11-20")
        XCTAssertFalse(found.contains("ukraine supports japan"))
        XCTAssertFalse(found.contains("ukraine supports ukraine"))
    }

    func testTheTitleOfTheCountryBeforeANameIsTheBareTitle() {
        let graph = sharedExtractor.extract(text: "الدوحة - استقبل أمير البلاد الشيخ تميم بن حمد آل ثاني اليوم وزير الخارجية الأردني أيمن الصفدي.",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "tamim", "qatar"), "emir")
        XCTAssertNotNil(graph.relation(source: "safadi", type: .metWith, target: "tamim"))
    }

    func testACrownPrinceOfAStateIsItsHolderOnTheDate() {
        let found = edges("ولي عهد الكويت يستقبل وزير الخارجية الأردني", date: "2025-11-20")
        XCTAssertTrue(found.contains("sabah_khalid_al_sabah met_with safadi"))
        XCTAssertFalse(found.contains("kuwait met_with safadi"))
        XCTAssertFalse(found.contains("safadi met_with kuwait"))
    }

    func testHeOpeningASentenceIsWhoOpenedTheSentenceBefore() {
        let text = """
        Slovak Defence Minister Robert Kalinak arrived in Warsaw on Monday. Kalinak, who joined Prime Minister Robert Fico's \
        government in 2023, was on his first visit to Poland. He met Polish President Karol Nawrocki.
        """
        let found = edges(text, date: "2025-11-20")
        XCTAssertTrue(found.contains("nawrocki met_with robert_kalinak"), "\(found.sorted())")
        XCTAssertFalse(found.contains("fico met_with nawrocki"))
    }

    func testItStillOpensOnAStateNotAPerson() {
        let found = edges("Slovak Defence Minister Robert Kalinak visited Estonia. It shares a border with Russia.", date: "2025-11-20")
        XCTAssertFalse(found.contains { $0.hasSuffix("borders russia") && !$0.hasPrefix("estonia") })
    }

    func testAMonthsSecondNameKeepsTheYearWrittenAfterIt() {
        let text = "وكان الرئيس التركي رجب طيب أردوغان قد استقبل رئيس الوزراء العراقي محمد شياع السوداني في أنقرة في أبريل/نيسان 2024."
        XCTAssertEqual(attribute("date", of: "al_sudani met_with erdogan", in: text, date: "2025-11-20"), "2024-04")
    }
}
