import XCTest
@testable import Extraction

/// A surname that ends with a vowel letter is no spelling of one that ends with a consonant.
final class FinalVowelsInSkeletonsTests: XCTestCase {
    func testKastIsNoSpellingOfCosta() {
        XCTAssertEqual(entityKinds(in: "وتأهل خوسيه أنطونيو كاست إلى جولة الإعادة."), [])
    }

    func testCostaIsStillCosta() {
        XCTAssertEqual(entityKinds(in: "التقى أنطونيو كوستا رئيس الوزراء."), ["antonio_costa person"])
    }

    func testAFinalVowelIsMarkedInTheSkeleton() {
        XCTAssertEqual(NameSkeleton.of("كوستا"), "كست+")
        XCTAssertEqual(NameSkeleton.of("كاست"), "كست")
        XCTAssertEqual(NameSkeleton.consonants("كست+"), 3)
    }
}
