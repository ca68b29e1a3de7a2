import XCTest
@testable import Extraction

/// "الجيش" / "the army" named bare after the story named a state's army: the same army.
final class ArmiesNamedBackTests: XCTestCase {
    func testTheBareArmyIsTheArmyNamedBefore() {
        let found = edges("اتهم الجيش السوداني قوات الدعم السريع بشن هجوم. وتخوض قوات الدعم السريع حربا مع الجيش بقيادة عبد الفتاح البرهان منذ أبريل 2023.")
        XCTAssertTrue(found.contains("burhan holds_role sudan_army"), "\(found)")
        XCTAssertTrue(found.contains("rsf attacks sudan"), "\(found)")
    }

    func testTheArmyInEnglishActsForItsState() {
        let found = edges("Lebanese army commander Rodolphe Haykal cancelled his trip. The army accused Israel of repeated violations of the ceasefire.")
        XCTAssertTrue(found.contains("lebanon criticizes israel"), "\(found)")
    }

    func testABareArmyWithNoneNamedBeforeIsNoOne() {
        let kinds = entityKinds(in: "قال الجيش إن الهجوم فشل.")
        XCTAssertEqual(kinds, [], "\(kinds)")
    }
}
