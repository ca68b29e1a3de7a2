import XCTest
import EntityGraph
@testable import Extraction

/// A plural Arabic title before pairs of a state and a person, and "البلدين" after two states
/// joined by و in the same sentence.
final class DistributiveTitlesTests: XCTestCase {
    func testEachPersonHoldsTheTitleInTheStateNamedBefore() {
        let found = edges("وقع رؤساء طاجيكستان إمام علي رحمون وقرغيزستان صادر جاباروف وأوزبكستان شوكت ميرزيوييف معاهدة.")
        XCTAssertTrue(found.isSuperset(of: ["rahmon holds_role tajikistan", "japarov holds_role kyrgyzstan",
                                            "mirziyoyev holds_role uzbekistan", "tajikistan cooperates_with uzbekistan",
                                            "kyrgyzstan cooperates_with uzbekistan", "kyrgyzstan cooperates_with tajikistan"]), "\(found)")
    }

    func testOnePairIsNoDistributiveTitle() {
        XCTAssertFalse(edges("وقال رؤساء طاجيكستان إمام علي رحمون إن المعاهدة تاريخية.").contains("rahmon holds_role tajikistan"))
    }

    func testTwoStatesJoinedEarlierAreTheTwoCountries() {
        let text = "والتقى رحمون جاباروف وميرزيوييف. وصادق برلمانا قرغيزستان وطاجيكستان على ترسيم الحدود بين البلدين."
        XCTAssertTrue(edges(text).contains("kyrgyzstan borders tajikistan"), "\(edges(text))")
    }
}
