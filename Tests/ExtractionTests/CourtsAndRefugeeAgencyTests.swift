import XCTest
@testable import Extraction

/// The international courts named again as "المحكمة" / "the court", UNRWA by its full Arabic
/// name, and its commissioner-general.
final class CourtsAndRefugeeAgencyTests: XCTestCase {
    func testTheCourtNamedAgainIsTheCourtNamedBefore() {
        let found = edges("أصدرت محكمة العدل الدولية رأيا استشاريا. واتهم وزير الخارجية الإسرائيلي جدعون ساعر المحكمة بالتحيز.")
        XCTAssertEqual(found, ["saar holds_role israel", "saar criticizes icj"])
    }

    func testUNRWAByItsFullArabicNameAndItsCommissionerGeneral() {
        XCTAssertEqual(edges("وتعمل وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في غزة."),
                       ["unrwa located_in gaza", "unrwa part_of united_nations"])
        XCTAssertEqual(edges("ورحب المفوض العام للأونروا فيليب لازاريني بالقرار."), ["filib_lazarini holds_role unrwa"])
        XCTAssertEqual(edges("UNRWA Commissioner-General Philippe Lazzarini welcomed the opinion."), ["philippe_lazzarini holds_role unrwa"])
    }
}
