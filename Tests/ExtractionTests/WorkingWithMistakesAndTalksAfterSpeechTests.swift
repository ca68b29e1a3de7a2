import XCTest
@testable import Extraction

/// "العمل مع" as cooperation, "making a mistake" as criticism, Xinhua's full Arabic name, and
/// talks held by the speaker of a verb of speech followed by a time phrase and "after".
final class WorkingWithMistakesAndTalksAfterSpeechTests: XCTestCase {
    func testReadinessToWorkWithAStateIsCooperation() {
        let found = edges("وأكد الرئيس الفيتنامي استعداد بلاده للعمل مع كازاخستان من أجل تعميق التعاون في مجال الطاقة.")
        XCTAssertTrue(found.contains("kazakhstan cooperates_with vietnam") || found.contains("vietnam cooperates_with kazakhstan"), "\(found)")
    }

    func testSayingSomeoneIsMakingAMistakeCriticisesThem() {
        let arabic = edges("وقال رئيس الوزراء المجري فيكتور أوربان إن المفوضية الأوروبية \"ترتكب خطأ\" بمصادرة الأصول الروسية.", date: "2025-11-01")
        XCTAssertTrue(arabic.contains("orban criticizes european_commission"), "\(arabic)")
        let english = edges("Fico said the European Union is making a mistake by punishing Chinese carmakers.", date: "2025-11-01")
        XCTAssertTrue(english.contains("fico criticizes european_union"), "\(english)")
    }

    func testXinhuasFullArabicNameIsTheAgencyNotChina() {
        XCTAssertEqual(edges("وذكرت وكالة أنباء الصين الجديدة أن الرئيسين بحثا العلاقات."), ["xinhua part_of china"])
    }

    func testTheSpeakerOfAVerbOfSpeechAndATimePhraseBeforeAfterHeldTheTalks() {
        let found = edges("Norway and Germany will build missiles together, Norwegian Prime Minister Jonas Gahr Store said on Thursday "
                          + "after talks with German Chancellor Friedrich Merz in Oslo.", date: "2025-11-01")
        XCTAssertTrue(found.contains("merz met_with store") || found.contains("store met_with merz"), "\(found)")
        XCTAssertFalse(found.contains("merz met_with norway") || found.contains("norway met_with merz"), "\(found)")
    }
}
