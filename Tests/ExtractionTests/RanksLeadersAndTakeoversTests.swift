import XCTest
@testable import Extraction

/// Ranks of several words after an office placed in its state, verbs of leading before the
/// group and its leader, takeovers named by a noun, agreements signed "by" two people, and the
/// places and councils the lexicon learnt with them.
final class RanksLeadersAndTakeoversTests: XCTestCase {
    func testARankOfSeveralWordsAfterAnOfficeInItsStateLeavesTheName() {
        let text = "التقى رئيس مجلس السيادة الانتقالي في السودان الفريق أول ركن عبد الفتاح البرهان ولي العهد السعودي الأمير محمد بن سلمان."
        let found = edges(text, date: "2025-11-03")
        XCTAssertTrue(found.contains("burhan holds_role sudan_sovereignty_council"), "\(found)")
        XCTAssertTrue(found.contains("burhan met_with mohammed_bin_salman"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasSuffix("met_with sudan_sovereignty_council") }, "\(found)")
    }

    func testAVerbOfLeadingBeforeAGroupNamesItsLeader() {
        let found = edges("ويقود قوات الدعم السريع محمد حمدان دقلو، الذي أعلن تشكيل حكومة موازية.")
        XCTAssertTrue(found.contains("hemedti holds_role rsf"), "\(found)")
        XCTAssertFalse(edges("ويقود الجيش الروسي حملة واسعة في الشرق.").contains { $0.contains("holds_role") })
    }

    func testATakeoverNamedByANounIsAnAttack() {
        let found = edges("وتأتي الزيارة بعد أيام من سيطرة قوات الدعم السريع على مدينة الفاشر.")
        XCTAssertTrue(found.contains("rsf attacks el_fasher"), "\(found)")
    }

    func testAnAgreementSignedByTwoPeopleIsTheirMeeting() {
        let text = "Berlin cleared the sale of jets to Turkey, a deal that was signed by Turkish Defense Minister Yasar Guler and his British counterpart John Healey."
        let found = edges(text)
        XCTAssertTrue(found.contains("guler met_with healey"), "\(found)")
    }

    func testSpainsNorthAfricanCitiesAndUkrainesSecurityCouncilAreKnown() {
        XCTAssertNotNil(sharedExtractor.extract(text: "وتطرق الجانبان إلى فتح المعابر في سبتة.", document: "t.txt").entity(id: "ceuta"))
        let found = edges("Rustem Umerov heads Ukraine's National Security and Defense Council.")
        XCTAssertTrue(found.contains("ukraine_security_council part_of ukraine"), "\(found)")
    }
}
