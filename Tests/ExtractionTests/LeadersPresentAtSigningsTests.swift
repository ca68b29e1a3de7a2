import XCTest
import EntityGraph
@testable import Extraction

/// When states sign an agreement in the presence of their leaders, the leaders present met.
final class LeadersPresentAtSigningsTests: XCTestCase {
    func testTheLeadersPresentAtTheirStatesSigningMet() {
        let found = edges("China, Tanzania and Zambia signed a railway agreement in the presence of Chinese Premier Li Qiang, "
            + "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan.", date: "2025-09-25")
        XCTAssertTrue(found.isSuperset(of: ["hakainde_hichilema met_with li_qiang", "li_qiang met_with samia_suluhu_hassan",
                                            "hakainde_hichilema met_with samia_suluhu_hassan"]), "\(found)")
        let arabic = edges("ووقعت مصر والسعودية اتفاقية للربط الكهربائي بحضور رئيس الوزراء المصري مصطفى مدبولي ووزير الطاقة السعودي عبد العزيز بن سلمان.")
        XCTAssertTrue(arabic.contains { $0.hasSuffix("met_with madbouly") }, "\(arabic)")
    }

    func testAPersonOfAStateThatDidNotSignMeetsNoOne() {
        let found = edges("Egypt and Sudan signed a water agreement in the presence of Egyptian President Abdel Fattah al-Sisi and U.S. envoy Massad Boulos.")
        XCTAssertFalse(found.contains { $0.contains("met_with") && $0.contains("boulos") }, "\(found)")
    }
}
