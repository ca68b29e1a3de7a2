import XCTest
import EntityGraph
@testable import Extraction

/// A state named by its region; an agreement ended or terminated is a sanction; what a state agreed
/// on ("اتفق ... على فرض") it does; "المجاور" and the neighbour of a visitor's host; supreme and
/// constitutional courts; Kuwait's foreign ministers by date.
final class RegionsEndedPactsAndNeighboursTests: XCTestCase {
    func testAStateNamedByItsRegionIsTheLastOfThatRegionNamed() {
        let english = edges("Sudan severed relations with the United Arab Emirates, accusing the Gulf state of supplying the RSF with drones.",
                            date: "2025-05-06")
        XCTAssertTrue(english.contains("united_arab_emirates supports rsf"))
        XCTAssertFalse(english.contains("sudan supports rsf"))
        XCTAssertTrue(edges("استدعت الكويت السفير العراقي. ودعت الدولة الخليجية العراق إلى احترام الاتفاقية.", date: "2023-09-10")
            .contains("kuwait requests iraq"))
        XCTAssertTrue(edges("Iraq met Saudi officials. The Gulf state of Qatar called on Iraq to respect the deal.", date: "2023-09-10")
            .contains("qatar requests iraq"))
    }

    func testAnAgreementEndedOrTerminatedIsASanction() {
        XCTAssertEqual(edges("أعلنت تشاد إنهاء العمل باتفاقية التعاون الدفاعي مع فرنسا.", date: "2024-11-28"), ["chad sanctions france"])
        XCTAssertEqual(edges("Chad terminated its defence cooperation agreement with France.", date: "2024-11-28"), ["chad sanctions france"])
    }

    func testWhatAStateAgreedOnItDoes() {
        XCTAssertEqual(edges("اتفق الاتحاد الأوروبي على فرض عقوبات على بيلاروسيا.", date: "2021-05-24"), ["european_union sanctions belarus"])
        XCTAssertEqual(edges("اتفقت فرنسا على فرض عقوبات على بيلاروسيا.", date: "2021-05-24"), ["france sanctions belarus"])
    }

    func testAMasculineNeighbourAndTheNeighbourOfAVisitorsHost() {
        let text = "نجامينا - الجزيرة\n\nوبحث بارو مع الرئيس التشادي الأوضاع في السودان المجاور."
        let found = edges(text, date: "2024-11-28")
        XCTAssertTrue(found.contains("chad borders sudan"))
        XCTAssertFalse(found.contains("france borders sudan"))
        XCTAssertTrue(edges("Tajik President Emomali Rahmon called for closer cooperation against militant groups in neighbouring Afghanistan.",
                            date: "2025-01-01").contains("afghanistan borders tajikistan"))
    }

    func testSupremeAndConstitutionalCourtsAreTheirStatesBodies() {
        XCTAssertEqual(edges("Romania's Constitutional Court annulled the election.", date: "2024-12-06"), ["romania_constitutional_court part_of romania"])
        XCTAssertTrue(edges("انتقدت الكويت المحكمة الاتحادية العليا العراقية.", date: "2023-09-10").contains("iraq_supreme_court part_of iraq"))
    }

    func testKuwaitsForeignMinisterOnTheArticlesDate() {
        let graph = sharedExtractor.extract(text: "وقال وزير الخارجية الكويتي إن بلاده ترفض الحكم.", document: "t.txt", date: "2023-09-10")
        XCTAssertEqual(role(graph, "salem_al_sabah", "kuwait"), "foreign_minister")
    }
}
