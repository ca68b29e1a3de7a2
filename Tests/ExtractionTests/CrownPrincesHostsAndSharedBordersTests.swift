import XCTest
@testable import Extraction

/// A title its holder still holds beside a later office, hosts who are no party to the talks
/// they host, a quoted company before its state's nisba, and borders shared by two states.
final class CrownPrincesHostsAndSharedBordersTests: XCTestCase {
    func testATitleStillHeldBesideALaterOfficeNamesItsHolder() {
        let found = edges("استقبل ولي العهد الأمير محمد بن سلمان الرئيس الفرنسي.")
        XCTAssertTrue(found.contains("mohammed_bin_salman holds_role saudi_arabia"), "\(found)")
        XCTAssertTrue(found.contains("macron met_with mohammed_bin_salman"), "\(found)")
    }

    func testTheHostOfTalksIsNoPartyToThem() {
        XCTAssertEqual(edges("وأشاد الوزير بدور تركيا في استضافة المفاوضات بين طرفي الأزمة الليبية."), [])
    }

    func testAQuotedCompanyBeforeANisbaIsThatStates() {
        XCTAssertTrue(edges("ووقعت شركة \"غازبروم\" الروسية عقدا مع الصين.").contains("gazprom part_of russia"))
    }

    func testTheirSharedBorderIsABorderBetweenTheTwo() {
        XCTAssertTrue(edges("Tajikistan and Kyrgyzstan agreed to demarcate their shared border.").contains("kyrgyzstan borders tajikistan"))
        XCTAssertTrue(edges("ووقعت أرمينيا وأذربيجان اتفاقا لترسيم حدودهما المشتركة.").contains("armenia borders azerbaijan"))
    }
}
