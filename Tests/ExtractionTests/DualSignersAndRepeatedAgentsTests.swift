import XCTest
import EntityGraph
@testable import Extraction

/// An Arabic verb in the masculine dual after a meeting is said by the two who met; English
/// passive agents repeated after "and by"; Kristersson's other Arabic spelling.
final class DualSignersAndRepeatedAgentsTests: XCTestCase {
    func testADualVerbAfterAMeetingIsTheTwoWhoMet() {
        let signed = edges("واستقبل رئيس الوزراء السويدي أولف كريسترسون زيلينسكي في لينشوبينغ، حيث وقعا خطاب النوايا الخاص بطائرات غريبن.")
        XCTAssertTrue(signed.contains("sweden cooperates_with ukraine"), "\(signed)")
        XCTAssertTrue(edges("والتقى بوتين شي في بكين ووقعا اتفاقية للتعاون.").contains("china cooperates_with russia"))
        // The meeting may be dated before the article.
        XCTAssertTrue(edges("والتقى بوتين شي في بكين في مايو الماضي، حيث وقعا اتفاقية للتعاون.", date: "2025-11-20")
            .contains("china cooperates_with russia"))
    }

    func testADualVerbWithItsOwnSubjectOrAnObjectPronounIsNoneOfTheMeetings() {
        let declared = edges("والتقى أردوغان الرئيس الصومالي حسن شيخ محمود ورئيس الوزراء الإثيوبي آبي أحمد، وقال إن البلدين وقعا إعلان أنقرة.")
        XCTAssertFalse(declared.contains { $0.contains("cooperates_with turkey") }, "\(declared)")
        let opened = edges("افتتحت فيجي سفارتها في القدس بحضور رئيس الوزراء الإسرائيلي بنيامين نتنياهو ونظيره الفيجي سيتيفيني رابوكا، في خطوة أدانتها السلطة الفلسطينية.")
        XCTAssertFalse(opened.contains { $0.hasPrefix("netanyahu criticizes") }, "\(opened)")
    }

    func testAgentsRepeatedAfterAndByAreAllAgents() {
        let found = edges("Trump ordered nuclear tests, a move criticised by China and by Russia's Foreign Ministry.")
        XCTAssertTrue(found.contains("china criticizes trump"))
        XCTAssertTrue(found.contains("russia criticizes trump"), "\(found)")
    }

    func testKristerssonIsKnownInBothArabicSpellings() {
        XCTAssertEqual(personIDs(in: "وقال رئيس الوزراء السويدي أولف كريسترشون إن بلاده ستدعم أوكرانيا."), ["kristersson"])
    }
}
