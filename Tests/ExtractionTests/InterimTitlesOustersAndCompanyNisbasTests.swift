import XCTest
import EntityGraph
@testable import Extraction

/// Interim titles, West African given names, ousting, companies named after "مجموعة", a nisba
/// that qualifies a company's name, and a title heading an unknown body after a name.
final class InterimTitlesOustersAndCompanyNisbasTests: XCTestCase {
    func testAnInterimTitleAndARankStillIntroduceTheName() {
        XCTAssertEqual(edges("وصل رئيس تشاد الانتقالي الجنرال محمد كاكا إلى باريس.", date: "2025-11-01"), ["france met_with mhmd_kaka", "mhmd_kaka holds_role chad"])
    }

    func testWestAfricanGivenNamesOpenANameAfterABareTitle() {
        XCTAssertEqual(entityKinds(in: "أطاح الجيش بالرئيس ألفا كوندي عام 2021."), ["alfa_kondi person"])
        XCTAssertEqual(entityKinds(in: "استقبل الوزير زعيم المعارضة سيلو ديالو في كوناكري."), ["conakry place", "silo_dialo person"])
    }

    func testOustingIsAnAttack() {
        XCTAssertEqual(edges("أطاحت روسيا بالرئيس الأوكراني.", date: "2025-11-01"), ["russia attacks zelensky", "zelensky holds_role ukraine"])
    }

    func testANisbaAfterACompanysNameQualifiesItAndIsNoObject() {
        XCTAssertEqual(edges("وقعت مجموعة ريو تينتو الأسترالية اتفاقا مع غينيا."), ["guinea cooperates_with rio_tinto", "rio_tinto part_of australia"])
        XCTAssertEqual(edges("وقعت شركة توتال الفرنسية اتفاقا مع العراق."), ["iraq cooperates_with total", "total part_of france"])
        XCTAssertEqual(edges("فرض الاتحاد الأوروبي عقوبات على جيب كالينينغراد الروسي."),
                       ["european_union sanctions russia", "kaliningrad located_in russia"])
    }

    func testATitleOverAnUnknownBodyAfterANameGivesNoOtherOffice() {
        let text = "قال زعيم المعارضة الغيني سيلو ديالو إن الانتخابات مزورة. وأضاف سيلو ديالو، رئيس اتحاد القوى الديمقراطية، أن الاقتراع باطل."
        XCTAssertEqual(offices(ofRole: "president", in: text), [])
        XCTAssertEqual(offices(ofRole: "opposition_leader", in: text), ["guinea"])
    }
}
