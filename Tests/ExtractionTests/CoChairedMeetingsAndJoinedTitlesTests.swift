import XCTest
import EntityGraph
@testable import Extraction

/// Meetings two leaders co-chair, lists across a person's own title and an honorific, and
/// titles joined by و: of two people when they name two states, of one person otherwise.
final class CoChairedMeetingsAndJoinedTitlesTests: XCTestCase {
    func testLeadersWhoCoChairAMeetingMeet() {
        let arabic = edges("ترأس الرئيس المصري عبد الفتاح السيسي والرئيس الكيني وليام روتو اجتماع اللجنة المشتركة.")
        XCTAssertTrue(arabic.contains("sisi met_with william_ruto"), "\(arabic)")
        let dual = edges("ملك الأردن والرئيس الفرنسي يترأسان اجتماع المؤتمر في عمان")
        XCTAssertTrue(dual.contains("abdullah_ii met_with macron"), "\(dual)")
        let english = edges("Modi and Putin co-chaired the annual summit in New Delhi.")
        XCTAssertTrue(english.contains("modi met_with putin"), "\(english)")
    }

    func testOneChairMeetsNobody() {
        let found = edges("ترأس الرئيس المصري عبد الفتاح السيسي اجتماع مجلس الأمن القومي.")
        XCTAssertFalse(found.contains { $0.contains("met_with") }, "\(found)")
    }

    func testListGoesOnAfterAPersonsOwnTitleAndAnHonorific() {
        let found = edges("ترأس حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية الشقيقة، اليوم، اجتماع اللجنة الاستراتيجية العليا.")
        XCTAssertTrue(found.contains("erdogan met_with tamim"), "\(found)")
    }

    func testTitlesOfTwoStatesJoinedByWawAreTwoPeople() {
        let found = edges("أمير قطر والرئيس التركي يترأسان اجتماع اللجنة في الدوحة")
        XCTAssertTrue(found.contains("tamim holds_role qatar"), "\(found)")
        XCTAssertTrue(found.contains("erdogan holds_role turkey"), "\(found)")
        XCTAssertFalse(found.contains("erdogan holds_role qatar"), "\(found)")
    }

    func testSecondJoinedTitleWithItsNisbaKeepsItsRole() {
        XCTAssertEqual(roles(of: "safadi", in: "وقال نائب رئيس الوزراء ووزير الخارجية الأردني أيمن الصفدي إن الحرب مستمرة."),
                       ["foreign_minister", "deputy_prime_minister"])
        XCTAssertEqual(roles(of: "mohammed_bin_abdulrahman", in: "وصل رئيس الوزراء ووزير الخارجية القطري الشيخ محمد بن عبد الرحمن إلى طهران."),
                       ["foreign_minister", "prime_minister"])
    }

    private func roles(of person: String, in text: String) -> Set<String> {
        let readings = sharedExtractor.explain(text: text, document: "t.txt").sentences.flatMap(\.readings)
        return Set(readings.filter { $0.relation.type == .holdsRole && $0.relation.source == person }.compactMap { $0.relation.attributes["role"] })
    }
}
