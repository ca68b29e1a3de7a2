import XCTest
@testable import Extraction

/// "دول المجلس", the states of a bloc, name the bloc the story told of, never a council named
/// since; Yemen's Southern Transitional Council in the lexicon; "seeks to" asks no one.
final class BlocStatesAfterCouncilsTests: XCTestCase {
    func testTheCouncilsStatesAreTheBlocsNotTheSecurityCouncils() {
        let found = edges("قمة مجلس التعاون الخليجي في المنامة. رحب البيان بقرار مجلس الأمن الدولي الخاص بغزة، وأكد دعم دول المجلس لإقامة دولة فلسطينية.")
        XCTAssertTrue(found.contains("gcc supports palestine"), "\(found)")
        XCTAssertFalse(found.contains("un_security_council supports palestine"), "\(found)")
    }

    func testTheBareCouncilStillNamesTheSecurityCouncil() {
        let found = edges("قمة مجلس التعاون الخليجي في المنامة. واجتمع مجلس الأمن الدولي أمس، وأدان المجلس الهجوم الإسرائيلي على قطر.")
        XCTAssertTrue(found.contains("un_security_council criticizes israel"), "\(found)")
        XCTAssertFalse(found.contains("gcc criticizes israel"), "\(found)")
    }

    func testYemensSouthernTransitionalCouncilIsKnownInArabic() {
        let found = edges("دعت السعودية المجلس الانتقالي الجنوبي إلى سحب قواته من حضرموت.")
        XCTAssertTrue(found.contains("saudi_arabia requests southern_transitional_council"), "\(found)")
    }

    func testSeekingToDoSomethingIsNoRequest() {
        let found = edges("Turkey seeks to mend ties with Egypt amid pressure from Washington.")
        XCTAssertFalse(found.contains("turkey requests united_states"), "\(found)")
        let asked = edges("Kyiv seeks more air defence systems from Berlin.")
        XCTAssertTrue(asked.contains("ukraine requests germany"), "\(asked)")
    }
}
