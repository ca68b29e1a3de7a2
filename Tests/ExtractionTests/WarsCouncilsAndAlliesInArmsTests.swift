import XCTest
@testable import Extraction

/// Wars waged against someone, national security councils, asides that say who leads, and
/// troops fighting alongside another state's.
final class WarsCouncilsAndAlliesInArmsTests: XCTestCase {
    func testAWarWagedAgainstSomeoneIsAnAttackOnThem() {
        let text = "وتخوض قوات الدعم السريع بقيادة محمد حمدان دقلو حرباً ضد الجيش السوداني منذ أبريل 2023."
        let found = edges(text)
        XCTAssertTrue(found.contains("rsf attacks sudan"), "\(found)")
        XCTAssertTrue(found.contains("hemedti holds_role rsf"), "\(found)")
        XCTAssertTrue(edges("وتخوض روسيا حرباً ضد أوكرانيا منذ 2022.").contains("russia attacks ukraine"))
        XCTAssertFalse(edges("وتخوض مصر مفاوضات مع إثيوبيا.").contains("egypt attacks ethiopia"))
    }

    func testASecurityAndDefenceCouncilWithANisbaIsThatStatesBody() {
        let graph = sharedExtractor.extract(text: "وأعلن مجلس الأمن والدفاع السوداني قطع العلاقات الدبلوماسية مع أبوظبي.", document: "t.txt")
        XCTAssertNil(graph.entity(id: "un_security_council"))
        XCTAssertNotNil(graph.relation(source: "sudan_security_council", type: .partOf, target: "sudan"))
        XCTAssertNotNil(graph.relation(source: "sudan", type: .sanctions, target: "united_arab_emirates"))
    }

    func testAnAsideSayingWhoLeadsIsReadAcross() {
        let text = "وأعلن مجلس الأمن والدفاع السوداني، برئاسة عبد الفتاح البرهان، قطع العلاقات الدبلوماسية مع أبوظبي."
        XCTAssertTrue(edges(text).contains("sudan sanctions united_arab_emirates"), "\(edges(text))")
    }

    func testTroopsFightingAlongsideAnothersSupportThem() {
        XCTAssertTrue(edges("قاتلت القوات الكورية الشمالية إلى جانب القوات الروسية في كورسك.").contains("north_korea supports russia"))
        let english = "Putin thanked the North Korean troops who fought alongside Russian forces in the Kursk region."
        XCTAssertTrue(edges(english).contains("north_korea supports russia"), "\(edges(english))")
        XCTAssertTrue(edges("قاتلت روسيا طويلا.").isEmpty)
    }
}
