import XCTest
import EntityGraph
@testable import Extraction

/// "مالي" after a feminine past verb that opens its clause is the state; a count anaphor stands
/// for the states the sentence names apart when just that many.
final class MaliAfterVerbsAndStatesNamedApartTests: XCTestCase {
    func testMaliAfterAVerbOpeningItsClauseAndTheThreeStatesNamedApart() {
        let found = edges("وانسحبت مالي مع جارتيها بوركينا فاسو والنيجر من المجموعة الاقتصادية لدول غرب أفريقيا، وشكلت الدول الثلاث تحالف دول الساحل.")
        XCTAssertTrue(found.isSuperset(of: ["mali member_of aes", "burkina_faso member_of aes", "niger member_of aes"]), "\(found)")
    }

    func testMaliAfterAPluralNounIsNoState() {
        XCTAssertEqual(entityKinds(in: "وتعهدت فرنسا بتقديم مساعدات مالي للنيجر."), ["france state", "niger state"])
    }
}
