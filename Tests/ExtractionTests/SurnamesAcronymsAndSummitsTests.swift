import XCTest
import EntityGraph
@testable import Extraction

/// A Latin surname spelled like an organisation; "Congo" alone as the Democratic Republic; an
/// acronym coined in another word order; an infinitive of purpose after a place, and before "the";
/// trilateral summits; a second deployment with its number; foreign ministries "and expatriates".
final class SurnamesAcronymsAndSummitsTests: XCTestCase {
    func testAThirdLatinWordNamingAnOrganisationIsASurname() {
        let graph = sharedExtractor.extract(text: "Congolese Foreign Minister Therese Kayikwamba Wagner met Rwandan Foreign Minister Olivier Nduhungirehe.",
                                            document: "t.txt", date: "2025-06-27")
        XCTAssertEqual(role(graph, "therese_kayikwamba_wagner", "dr_congo"), "foreign_minister")
        XCTAssertFalse(graph.contains(id: "wagner"))
    }

    func testCongoAloneIsTheDemocraticRepublicAndTheRepublicKeepsItsName() {
        XCTAssertEqual(edges("Rwanda has deployed troops in Congo.", date: "2025-01-01"), ["rwanda deploys_to dr_congo"])
        XCTAssertEqual(edges("Rwanda criticised the Republic of Congo.", date: "2025-01-01"), ["rwanda criticizes congo"])
    }

    func testAnAcronymCoinedInAnotherWordOrderNamesOneOrganisation() {
        let text = "Congo ended its support for the Patriotic Resistance Front of Ituri (FRPI). Rwanda's concerns over the FRPI grew."
        XCTAssertEqual(edges(text, date: "2025-06-27"), ["dr_congo sanctions patriotic_resistance_front_of_ituri"])
    }

    func testAPurposeInfinitiveAfterAPlaceIsSaidOfTheVerbsSubject() {
        XCTAssertEqual(edges("Experts said Rwanda deployed thousands of troops in eastern Congo to support the M23.", date: "2025-01-01"),
                       ["rwanda deploys_to dr_congo", "rwanda supports m23"])
    }

    func testAnInfinitiveBeforeTheArticleAndItsObjectIsAVerb() {
        XCTAssertEqual(edges("Rwanda wants to support the M23.", date: "2025-01-01"), ["rwanda supports m23"])
    }

    func testATrilateralSummitIsAMeetingOfEveryPair() {
        let text = "عقد الرئيس الفرنسي إيمانويل ماكرون، الاثنين، قمة ثلاثية مع المستشار الألماني فريدريش ميرتس ورئيس الوزراء البريطاني كير ستارمر."
        let met = edges(text, date: "2025-07-01").filter { $0.contains("met_with") }
        XCTAssertEqual(met, ["macron met_with merz", "macron met_with starmer", "merz met_with starmer"])
    }

    func testASecondDeploymentWithItsNumberAndNoneWithoutOne() {
        XCTAssertEqual(edges("وتنشر فرنسا نحو 1500 جندي في إستونيا ونحو 800 جندي في رومانيا.", date: "2025-01-01"),
                       ["france deploys_to estonia", "france deploys_to romania"])
        XCTAssertEqual(edges("The United States has deployed 28,500 troops in South Korea and 54,000 in Japan.", date: "2025-01-01"),
                       ["united_states deploys_to south_korea", "united_states deploys_to japan"])
        XCTAssertEqual(edges("Russia deployed troops in Belarus and held talks in Kazakhstan.", date: "2025-01-01"),
                       ["russia deploys_to belarus"])
    }

    func testForeignMinistriesAndMinistersOfExpatriates() {
        XCTAssertEqual(edges("أدانت وزارة الخارجية والمغتربين السورية الغارات.", date: "2025-01-01"), ["syria_foreign_ministry part_of syria"])
        let graph = sharedExtractor.extract(text: "وقال وزير الخارجية والمغتربين اللبناني يوسف رجي إن بيروت ترفض التصعيد.",
                                            document: "t.txt", date: "2025-06-01")
        XCTAssertEqual(role(graph, "youssef_rajji", "lebanon"), "foreign_minister")
    }
}
