import XCTest
import EntityGraph
@testable import Extraction

/// Calling a deed an escalation, and verbs of a relative clause whose head is no actor.
final class EscalationsAndPlainRelativeHeadsTests: XCTestCase {
    func testCallingADeedAnEscalationCriticisesItsDoer() {
        let text = "Russia struck the Ukrainian city of Dnipro on Thursday.\nZelenskyy called the attack a \"clear and serious escalation\"."
        XCTAssertTrue(edges(text, date: "2024-11-21").contains("zelensky criticizes russia"))
    }

    func testVerbOfAClauseAboutAPlainNounHasNoSubject() {
        XCTAssertEqual(edges("Moscow could use it against countries that allow Ukraine to fire their weapons at Russian territory."), [])
    }
}
