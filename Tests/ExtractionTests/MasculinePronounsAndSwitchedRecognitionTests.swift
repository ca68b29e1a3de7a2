import XCTest
@testable import Extraction

/// A masculine separate pronoun that refers to no state, and diplomatic recognition switched to
/// a state.
final class MasculinePronounsAndSwitchedRecognitionTests: XCTestCase {
    func testAMasculinePronounAfterAParticipleRefersToThePersonNotTheState() {
        let text = "أقال رئيس ساو تومي وبرينسيب كارلوس فيلا نوفا رئيس الوزراء باتريس تروفوادا وحكومته، متهما إياه بالعجز عن حل المشكلات."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("karlos_fila_nofa criticizes batris_trofoada"), "\(found)")
        XCTAssertFalse(found.contains("karlos_fila_nofa criticizes sao_tome_and_principe"), "\(found)")
    }

    func testRecognitionSwitchedToAStateIsCooperationWithIt() {
        XCTAssertEqual(edges("Nauru switched diplomatic recognition from Taiwan to China in January last year.", date: "2025-11-01"),
                       ["china cooperates_with nauru"])
    }
}
