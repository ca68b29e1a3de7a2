import XCTest
@testable import Extraction

/// A masculine separate pronoun that refers to no state, diplomatic recognition switched to a
/// state, and a party named before a relative clause naming its leader.
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

    func testAPartyWhoseLeaderARelativeClauseNamesIsAName() {
        let text = "أقال رئيس ساو تومي وبرينسيب كارلوس فيلا نوفا الحكومة. "
            + "ورفض حزب العمل الديمقراطي المستقل، الذي يتزعمه تروفوادا، قرار الإقالة، واتهم الرئيس بتنفيذ انقلاب."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("hzb_alaml_aldimqrati_almstql criticizes karlos_fila_nofa"),
                      "\(edges(text, date: "2025-11-01"))")
    }
}
