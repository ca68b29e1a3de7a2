import XCTest
@testable import Extraction

/// An office located in the body it belongs to before its holder's name, an envoy's title with a
/// possessive pronoun, a quoted name after a noun with a possessive pronoun, and a body's short name
/// once the story named it in full.
final class OfficesInParentsAndQuotedNamesTests: XCTestCase {
    func testAnOfficeInItsParentBodyKeepsItsHolder() {
        let found = edges("وأجرى قائد فيلق القدس في الحرس الثوري الإيراني إسماعيل قاآني زيارة إلى بغداد.")
        XCTAssertTrue(found.contains("ismaail_qaani holds_role quds_force"), "\(found)")
    }

    func testAnEnvoyWithAPossessivePronounIsTheBodyNamedBefore() {
        let found = edges("وقالت الحكومة الكونغولية إن مبعوثها سومبو سانغانيا وقع الاتفاق.")
        XCTAssertTrue(found.contains("sombo_sanghania holds_role dr_congo_government"), "\(found)")
        XCTAssertTrue(edges("واستدعت الجزائر سفيرها في باريس للتشاور.").contains("algeria sanctions france"), "a recalled envoy stays a recall")
    }

    func testAQuotedNameAfterAPossessedKindNounIsAnOrganisation() {
        let kinds = entityKinds(in: "وحل ائتلافه \"الإعمار والتنمية\" أولا في الانتخابات.")
        XCTAssertEqual(kinds, ["aliamar_oaltnmia organization"])
        XCTAssertEqual(entityKinds(in: "وقال في كتابه \"الإعمار والتنمية\" إن البلاد تغيرت."), [], "a book is no kind noun")
    }

    func testTheCoordinationFrameworksShortNameNeedsItsFullName() {
        let found = edges("أعلن الإطار التنسيقي أنه الكتلة الأكبر. وقال القيادي في الإطار عقيل الفتلاوي إن الاسم سيحسم.")
        XCTAssertTrue(found.contains("aqil_alftlaoi holds_role coordination_framework"), "\(found)")
        XCTAssertFalse(edges("وقال القيادي في الإطار عقيل الفتلاوي إن الاسم سيحسم.").contains { $0.contains("coordination_framework") })
    }
}
