import XCTest
@testable import Extraction

/// Mercosur and the Pacific Islands Forum, the Uruguayan nisba as written, and a visitor named
/// after "زيارة يقوم بها" doing what follows "حيث" and a verb of event.
final class SouthernBlocsAndVisitorsTests: XCTestCase {
    func testMercosurAndItsMembers() {
        XCTAssertEqual(edges("وتكتل ميركوسور يضم البرازيل والأرجنتين وباراغواي والأوروغواي."),
                       ["argentina member_of mercosur", "brazil member_of mercosur", "paraguay member_of mercosur", "uruguay member_of mercosur"])
    }

    func testThePacificIslandsForumAndItsMembers() {
        XCTAssertEqual(edges("Australia and Fiji are members of the Pacific Islands Forum."),
                       ["australia member_of pacific_islands_forum", "fiji member_of pacific_islands_forum"])
    }

    func testTheUruguayanNisbaAsWritten() {
        XCTAssertEqual(offices(ofRole: "foreign_minister", in: "التقى وزير الخارجية الأوروغوياني ماريو لوبيتكين نظيره الصيني وانغ يي."),
                       ["uruguay", "china"])
    }

    func testTheVisitorHoldsTalksAfterWhere() {
        let found = edges("وقعت الأوروغواي والصين اتفاقيات خلال زيارة يقوم بها رئيس الأوروغواي ياماندو أورسي إلى بكين، حيث أجرى محادثات مع الرئيس الصيني شي جين بينغ.")
        XCTAssertTrue(found.contains("xi_jinping met_with yamandu_orsi"), "\(found)")
    }
}
