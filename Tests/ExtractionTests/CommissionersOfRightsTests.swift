import XCTest
@testable import Extraction

/// A commissioner for children's or human rights, written as one Arabic title in either gender,
/// serves the state of the nisba after it, or the state named after في (a title with no postings).
final class CommissionersOfRightsTests: XCTestCase {
    func testAChildrensRightsCommissionerServesTheStateOfTheNisba() {
        let found = edges("قالت مفوضة حقوق الطفل الروسية ماريا لفوفا إن عملية التسليم تمت بفضل الوساطة القطرية.")
        XCTAssertTrue(found.contains("maria_lfofa holds_role russia"), "\(found)")
        let male = edges("وقال مفوض حقوق الطفل الأوكراني دميترو لوبينيتس إن الأطفال عادوا.")
        XCTAssertTrue(male.contains { $0.hasSuffix("holds_role ukraine") }, "\(male)")
    }

    func testAStateAfterInsideNamesTheOfficeOfATitleWithNoPostings() {
        let found = edges("قالت مفوضة حقوق الطفل في روسيا ماريا لفوفا-بيلوفا إن عملية التسليم تمت.")
        XCTAssertTrue(found.contains("maria_lfofabilofa holds_role russia"), "\(found)")
        let ambassador = edges("وقال السفير الروسي في واشنطن ألكسندر دارتشييف إن الحوار مستمر.", date: "2025-06-01")
        XCTAssertFalse(ambassador.contains { $0.hasSuffix("holds_role united_states") }, "\(ambassador)")
    }
}
