import XCTest
@testable import Extraction

/// A given name spelled like a stopword inside a name, a move criticised with a preposition's
/// pronoun, membership of a bloc named with its acronym in brackets, and three states called by
/// their region.
final class NamesEndingLikeStopwordsAndBracketedBlocsTests: XCTestCase {
    func testAGivenNameSpelledLikeAStopwordMayEndAName() {
        let text = "اتهم رئيس غيانا عرفان علي، الاثنين، فنزويلا بانتهاك سيادة بلاده. وأكد أنه لن يتنازل عن أراضيه إلى جارته."
        XCTAssertTrue(edges(text, date: "2025-11-01").isSuperset(of: ["arfan_ali holds_role guyana", "arfan_ali criticizes venezuela"]),
                      "\(edges(text, date: "2025-11-01"))")
    }

    func testAMoveCriticisedWithAPrepositionsPronounIsTheSentencesFirstActors() {
        XCTAssertEqual(edges("أجرت فنزويلا استفتاء على ضمها، في خطوة نددت بها دول مجموعة الكاريبي (كاريكوم).", date: "2025-11-01"),
                       ["caricom criticizes venezuela"])
    }

    func testABlocNamedWithItsAcronymInBracketsHasMembersOfWhich() {
        let text = "The Caribbean Community (CARICOM), of which Jamaica is a founding member, said member states would send supplies."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["jamaica member_of caricom"])
    }

    func testTheThreeSahelStatesAreTheThreeNamedBefore() {
        let text = "The military governments of Mali, Burkina Faso and Niger said they would withdraw from the court. "
            + "The three West African states, which form the Alliance of Sahel States (AES), said they planned a court of their own."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["mali member_of aes", "burkina_faso member_of aes", "niger member_of aes"])
    }
}
