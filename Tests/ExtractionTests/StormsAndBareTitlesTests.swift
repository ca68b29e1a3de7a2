import XCTest
import EntityGraph
@testable import Extraction

/// Storming a compound as an attack on its owner, UN agencies' names, a bare national title before an
/// unknown name in a story with a state, a definite word after a definite surname.
final class StormsAndBareTitlesTests: XCTestCase {
    func testStormingACompoundAttacksItsOwner() {
        XCTAssertTrue(edges("اقتحمت جماعة الحوثي مجمعا تابعا للأمم المتحدة في صنعاء.").contains("houthis attacks united_nations"))
        XCTAssertTrue(edges("Israeli forces stormed a UNRWA compound in Gaza.").contains("israel attacks unrwa"))
    }

    func testUNAgenciesAreKnownByTheirNames() {
        let ids = Set(sharedExtractor.extract(text: "واحتجز الحوثيون موظفين في برنامج الأغذية العالمي ومنظمة الأمم المتحدة للطفولة ووكالة الأونروا.",
                                              document: "t.txt").entities.map(\.id))
        XCTAssertTrue(ids.isSuperset(of: ["wfp", "unicef", "unrwa", "houthis"]), "\(ids)")
    }

    func testABareNationalTitleBeforeAnUnknownNameInAStoryWithAState() {
        let found = edges("رحبت الحكومة اليمنية بموقف الأمم المتحدة، ودعا وزير الخارجية شائع الزنداني المجتمع الدولي إلى التحرك.")
        XCTAssertTrue(found.contains("shaia_alzndani holds_role yemen"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("shaia_alzndani_almjtma") }, "\(found)")
        XCTAssertEqual(edges("ودعا وزير الخارجية شائع الزنداني المجتمع الدولي إلى التحرك."), [])
    }
}
