import XCTest
@testable import Extraction

/// "البلاد" right after a verb fills its object slot when it stands for no one: the states named
/// further on are not the verb's object.
final class CountryAnaphorObjectsTests: XCTestCase {
    func testAVisitToTheCountryIsNoMeetingWithTheStatesNamedAfter() {
        let found = edges("استقبل الرئيس القرغيزي صادر جاباروف وزير الخارجية الصيني وانغ يي، الذي يزور البلاد لإجراء محادثات حول تعزيز العلاقات بين البلدين.",
                          date: "2025-11-01")
        XCTAssertTrue(found.contains("wang_yi met_with japarov") || found.contains("japarov met_with wang_yi"), "\(found)")
        for state in ["china", "kyrgyzstan"] {
            XCTAssertFalse(found.contains("wang_yi met_with \(state)") || found.contains("\(state) met_with wang_yi"), "\(found)")
        }
    }

    func testAStateNamedRightAfterTheVerbIsStillItsObject() {
        let found = edges("وزار وزير الخارجية الصيني وانغ يي قرغيزستان لإجراء محادثات.", date: "2025-11-01")
        XCTAssertTrue(found.contains("wang_yi met_with kyrgyzstan") || found.contains("kyrgyzstan met_with wang_yi"), "\(found)")
    }
}
