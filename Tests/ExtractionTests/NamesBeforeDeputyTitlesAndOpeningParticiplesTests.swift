import XCTest
@testable import Extraction

/// A new person named before a deputy's title, titles several hold at once, a second title joined
/// to a first one's state, and a meeting told in an English participle clause that opens the
/// sentence.
final class NamesBeforeDeputyTitlesAndOpeningParticiplesTests: XCTestCase {
    func testANewNameBeforeADeputyMinistersTitleHoldsIt() {
        let found = edges("استقبل عبد العاطي، اليوم الأحد، ميخائيل بوغدانوف نائب وزير الخارجية الروسي.", date: "2025-11-01")
        XCTAssertTrue(found.contains("mikhaiil_boghdanof holds_role russia"), "\(found)")
        XCTAssertTrue(found.contains("abdelatty met_with mikhaiil_boghdanof") || found.contains("mikhaiil_boghdanof met_with abdelatty"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("ryabkov") }, "several hold the title at once: \(found)")
    }

    func testANewNameBeforeADeputysTitleJoinedToASecondOneHoldsBoth() {
        let found = edges("استقبل عبد العاطي ميخائيل بوغدانوف نائب وزير الخارجية الروسي والمبعوث الخاص للرئيس الروسي إلى الشرق الأوسط.",
                          date: "2025-11-01")
        XCTAssertTrue(found.contains("abdelatty met_with mikhaiil_boghdanof") || found.contains("mikhaiil_boghdanof met_with abdelatty"), "\(found)")
        XCTAssertTrue(found.contains("mikhaiil_boghdanof holds_role russia"), "\(found)")
        XCTAssertFalse(found.contains("abdelatty met_with russia"), "\(found)")
    }

    func testAKnownHolderKeepsAUniqueTitleBeforeWhichANewNameStands() {
        let found = edges("استقبل ميخائيل بوغدانوف رئيس الوزراء الهندي.", date: "2025-11-01")
        XCTAssertFalse(found.contains { $0.hasPrefix("mikhaiil_boghdanof holds_role") }, "\(found)")
    }

    func testAMeetingInAnOpeningParticipleClauseIsTheMainSubjects() {
        let found = edges("Speaking at a joint news conference with Finnish President Alexander Stubb in Helsinki, Rutte said Finland was a model.",
                          date: "2025-11-01")
        XCTAssertTrue(found.contains("rutte met_with stubb") || found.contains("stubb met_with rutte"), "\(found)")
    }

    func testASecondTitleJoinedToAFirstOneServesItsState() {
        let found = edges("Chinese Foreign Minister Wang Yi held talks with Turkmen Deputy Chairman of the Cabinet of Ministers "
                          + "and Foreign Minister Rashid Meredov in Beijing.", date: "2025-11-01")
        XCTAssertTrue(found.contains("meredov holds_role turkmenistan"), "\(found)")
        XCTAssertFalse(found.contains("meredov holds_role china"), "\(found)")
    }
}
