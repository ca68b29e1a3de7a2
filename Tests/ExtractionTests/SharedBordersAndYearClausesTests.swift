import XCTest
import EntityGraph
@testable import Extraction

/// Borders shared with a partner after the verb's subject or joining a pair, participles after
/// a year, and English progressive verbs that are no predicate nouns.
final class SharedBordersAndYearClausesTests: XCTestCase {
    func testASharingVerbBeforeItsSubjectNamesTheBorderWithThePartner() {
        XCTAssertTrue(edges("وتتقاسم فنلندا مع روسيا حدوداً برية طويلة.").contains("finland borders russia"))
        XCTAssertFalse(edges("وتتقاسم فنلندا مع روسيا الرؤية نفسها.").contains("finland borders russia"))
    }

    func testStatesJoinedAfterASharingVerbBorderEachOtherOrThePartnerAfterWith() {
        let pair = edges("وتتشارك إيران وأرمينيا حدوداً يبلغ طولها نحو 44 كيلومتراً.")
        XCTAssertTrue(pair.contains("armenia borders iran"), "\(pair)")
        let partner = edges("فيما تتشارك لاتفيا وإستونيا حدوداً برية مع روسيا.")
        XCTAssertTrue(partner.isSuperset(of: ["latvia borders russia", "estonia borders russia"]), "\(partner)")
        XCTAssertFalse(partner.contains("estonia borders latvia"), "\(partner)")
    }

    func testSharingABorderWithInBeforeTheBorderNoun() {
        XCTAssertTrue(edges("وتشترك الجزائر ومالي في حدود يبلغ طولها نحو 1300 كيلومتر.").contains("algeria borders mali"))
        XCTAssertTrue(edges("وتشترك بولندا مع أوكرانيا في حدود طويلة.").contains("poland borders ukraine"))
        XCTAssertFalse(edges("وتشترك بولندا مع أوكرانيا في الرؤية نفسها.").contains("poland borders ukraine"))
    }

    func testAStateDescribedAsNeighbouringAnotherBordersIt() {
        let found = edges("وتطرق الوزيران إلى الوضع في أفغانستان المجاورة لأوزبكستان.")
        XCTAssertTrue(found.contains("afghanistan borders uzbekistan"), "\(found)")
    }

    func testBordersThatJoinTwoStatesNamedBefore() {
        let found = edges("وتعد كازاخستان وأوزبكستان أكبر دولتين في آسيا الوسطى، وتجمعهما حدود مشتركة طويلة.")
        XCTAssertTrue(found.contains("kazakhstan borders uzbekistan"), "\(found)")
    }

    func testAParticipleAfterAYearGoesOnWithTheMainSubject() {
        let found = edges("وأغلقت هلسنكي الحدود بالكامل أواخر عام 2023 متهمة موسكو بدفع المهاجرين نحوها.")
        XCTAssertTrue(found.contains("finland criticizes russia"), "\(found)")
    }

    func testACountBeforeAParticipleIsNoYear() {
        let found = edges("وأعلنت فنلندا اعتقال 2000 متهماً بالتجسس لصالح روسيا.")
        XCTAssertFalse(found.contains("finland criticizes russia"), "\(found)")
    }

    func testAProgressiveVerbAfterWasIsNoPlacesKind() {
        let found = edges("Popsoi said Moscow was using the separatist region of Transnistria to pressure Chisinau.")
        XCTAssertFalse(found.contains("moscow located_in transnistria"), "\(found)")
        XCTAssertTrue(edges("Greenland is a semi-autonomous territory of Denmark.").contains("greenland located_in denmark"))
    }
}
