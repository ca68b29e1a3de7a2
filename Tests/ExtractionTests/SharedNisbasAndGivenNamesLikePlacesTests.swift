import XCTest
import EntityGraph
@testable import Extraction

/// Given names spelled like a city; "South America" is no United States; a nisba two states
/// share is the one the story named first; "the two countries" after a trip; a doer after an
/// event noun's modifiers; a spokesperson of an unqualified presidency with a rank; "وهو ما
/// اعتبرته ... انتهاكا" judges the deed before it.
final class SharedNisbasAndGivenNamesLikePlacesTests: XCTestCase {
    func testAGivenNameSpelledLikeACityStartsAPersonsName() {
        XCTAssertEqual(edges("Paraguayan President Santiago Peña arrived in Taipei on Tuesday.", date: "2025-11-20"),
                       ["santiago_pena holds_role paraguay", "santiago_pena met_with taiwan"])
        XCTAssertEqual(edges("وصل وزير الخارجية الكولومبي سانتياغو كابريرا إلى تايبيه يوم الثلاثاء.", date: "2025-11-20"),
                       ["santiagho_kabrira holds_role colombia", "santiagho_kabrira met_with taiwan"])
    }

    func testAContinentNamedAfterAmericaIsNoUnitedStates() {
        XCTAssertEqual(edges("Paraguay is the only country in South America that still recognizes Taipei.", date: "2025-11-20"),
                       ["paraguay cooperates_with taiwan"])
        for text in ["وقال الرئيس البرازيلي إن أمريكا اللاتينية لن تقبل التدخل.", "Paraguay is the only ally of Taipei in South America."] {
            XCTAssertNil(sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20").entity(id: "united_states"), text)
        }
    }

    func testANisbaTwoStatesShareIsTheOneTheStoryNamedFirst() {
        XCTAssertEqual(edges("""
            استقبل السيسي الرئيس الكوري الجنوبي لي جاي ميونغ في القاهرة.
            ووصل الرئيس الكوري إلى القاهرة قادما من أبوظبي، حيث التقى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان، ووقع البلدان اتفاقات في مجال الطاقة.
            """, date: "2025-11-20"),
                       ["lee_jae_myung holds_role south_korea", "lee_jae_myung met_with mohamed_bin_zayed", "lee_jae_myung met_with sisi",
                        "mohamed_bin_zayed holds_role united_arab_emirates", "south_korea cooperates_with united_arab_emirates", "egypt met_with lee_jae_myung"])
        let north = edges("""
            وقالت كوريا الشمالية إن وزيرة خارجيتها تشوي سون هي ستزور موسكو.
            ومن المتوقع أن تلتقي الوزيرة الكورية الرئيس فلاديمير بوتين خلال الزيارة.
            """, date: "2025-11-20")
        XCTAssertTrue(north.contains("choe_son_hui met_with putin"), "\(north)")
    }

    func testASharedNisbaInAStoryThatNamedNeitherStateIsNoOne() {
        XCTAssertEqual(edges("وصل الرئيس الكوري إلى أبوظبي، حيث التقى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان.", date: "2025-11-20"),
                       ["mohamed_bin_zayed holds_role united_arab_emirates"])
    }

    func testTheDoerOfAnEventAfterItsModifiersIsCriticised() {
        XCTAssertEqual(edges("وأدانت مصر عمليات الإطلاق المتكررة للصواريخ الباليستية التي تجريها كوريا الشمالية.", date: "2025-11-20"),
                       ["egypt criticizes north_korea"])
    }

    func testASpokespersonOfThePresidencyAfterARank() {
        let graph = sharedExtractor.extract(text: """
            استقبل الرئيس المصري عبد الفتاح السيسي رئيس كوريا الجنوبية.
            وقال المتحدث الرسمي باسم رئاسة الجمهورية السفير محمد الشناوي إن الرئيسين عقدا جلسة مباحثات.
            """, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "mhmd_alshnaoi", "egypt_presidency"), "spokesperson")
    }

    func testWhatAStateCalledAViolationJudgesTheDeedBeforeIt() {
        XCTAssertEqual(edges("وأرسلت إثيوبيا قوات إلى كينيا، وهو ما اعتبرته الصومال انتهاكا لسيادتها.", date: "2025-11-20"),
                       ["ethiopia deploys_to kenya", "somalia criticizes ethiopia"])
    }
}
