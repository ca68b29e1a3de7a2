import XCTest
@testable import Extraction

/// An Arabic border verb joined by و after a comma, its first actor followed by a direction,
/// goes on with the state that opens the sentence.
final class DroppedBorderSubjectsTests: XCTestCase {
    func testTheStateOpeningTheSentenceBordersTheStatesGivenWithDirections() {
        let found = edges("وتقع المجر في وسط أوروبا، وتحد سلوفاكيا من الشمال وصربيا وكرواتيا من الجنوب.")
        XCTAssertEqual(found, ["hungary borders slovakia", "hungary borders serbia", "croatia borders hungary"])
        XCTAssertEqual(attribute("direction", of: "croatia borders hungary", in: "وتقع المجر في وسط أوروبا، وتحد سلوفاكيا من الشمال وكرواتيا من الجنوب."),
                       "north", "Hungary lies north of Croatia")
    }

    func testAnApposedBlocBeforeTheVerbIsNotItsSubject() {
        let found = edges("وتعد ليتوانيا، العضو في حلف شمال الأطلسي، من أصغر دول الحلف، وتحد لاتفيا من الشمال وبيلاروسيا من الشرق.")
        XCTAssertTrue(found.isSuperset(of: ["latvia borders lithuania", "belarus borders lithuania"]), "\(found)")
        XCTAssertFalse(found.contains("belarus borders latvia"), "\(found)")
    }

    func testWithoutADirectionTheActorAfterTheVerbIsItsSubject() {
        let found = edges("وتقع المجر في وسط أوروبا، وتحد سلوفاكيا أوكرانيا.")
        XCTAssertTrue(found.contains("slovakia borders ukraine") || found.contains("ukraine borders slovakia"), "\(found)")
        XCTAssertFalse(found.contains("hungary borders slovakia"), "\(found)")
    }
}
