import XCTest
import EntityGraph
@testable import Extraction

/// An adverb in "-ly" between an apposition and its verb leaves the apposition's head the subject;
/// an ally named after "and" is in the list.
final class AdverbsAfterAppositionsTests: XCTestCase {
    func testAdverbBetweenAnAppositionAndItsVerb() {
        let found = edges("Latvia, a member of the European Union and NATO, has repeatedly accused Russia of meddling.")
        XCTAssertTrue(found.contains("latvia criticizes russia"))
        XCTAssertFalse(found.contains("nato criticizes russia") || found.contains("european_union criticizes russia"))
    }

    func testAllyIsNoAdverb() {
        XCTAssertTrue(edges("Belarus, Moscow's closest ally, has strongly backed the war.").allSatisfy { !$0.hasPrefix("russia supports") })
    }

    func testAllyNamedAfterAndJoinsTheList() {
        let accused: Set<String> = ["poland criticizes belarus", "poland criticizes russia"]
        XCTAssertTrue(edges("Poland has accused Belarus and its ally Russia of staging provocations.").isSuperset(of: accused))
        XCTAssertTrue(edges("واتهمت بولندا بيلاروس وحليفتها روسيا بتدبير استفزازات.").isSuperset(of: accused))
    }
}
