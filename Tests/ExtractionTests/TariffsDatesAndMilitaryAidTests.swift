import XCTest
import EntityGraph
@testable import Extraction

/// Tariffs imposed on a state are sanctions; a month named twice ("أكتوبر/تشرين الأول") stands
/// between an actor and its sanctions; "which ... Russia's ...," is one relative clause; "military"
/// between a state's bare name and a noun is an adjective; "to back" is support; "state funds" is
/// no verb.
final class TariffsDatesAndMilitaryAidTests: XCTestCase {
    func testTariffsImposedOnAStateAreSanctions() {
        XCTAssertTrue(edges("وفرضت الإدارة الأميركية رسوما جمركية على البرازيل الشهر الماضي.").contains("united_states sanctions brazil"))
        XCTAssertTrue(edges("وقرر الرئيس الأميركي فرض رسوم جمركية على الصين.").contains("united_states sanctions china"))
        XCTAssertTrue(edges("وفرض ترامب رسوما جمركية بنسبة 50% على الواردات الهندية.").contains("united_states sanctions india"))
    }

    func testAMonthNamedTwiceStandsBetweenAnActorAndItsSanctions() {
        let found = edges("وفرضت بريطانيا في فبراير/شباط الماضي عقوبات على مصرفين روسيين.")
        XCTAssertTrue(found.contains("united_kingdom sanctions russia"))
        XCTAssertTrue(edges("كما فرضت واشنطن في أكتوبر/تشرين الأول عقوبات على شركة غازبروم نفط.").contains { $0.hasPrefix("united_states sanctions") })
    }

    func testAnApostropheStaysInsideARelativeClause() {
        let found = edges("Finland, which joined NATO in 2023 after Russia's full-scale invasion of Ukraine, has given Ukraine aid worth 3 billion euros.")
        XCTAssertTrue(found.contains("finland supports ukraine"))
        XCTAssertTrue(found.contains("finland member_of nato"))
    }

    func testMilitaryBetweenAStateAndANounIsAnAdjective() {
        let graph = sharedExtractor.extract(text: "Norway has given Ukraine military equipment worth $1 billion.", document: "t.txt", date: nil)
        XCTAssertNil(graph.entity(id: "ukraine_army"))
        XCTAssertTrue(graph.relations.contains { $0.source == "norway" && $0.type == .supports && $0.target == "ukraine" })
        // Before a verb the word is the army itself.
        XCTAssertNotNil(sharedExtractor.extract(text: "The Ukraine military said it had shot down 40 drones.", document: "t.txt", date: nil)
            .entity(id: "ukraine_army"))
    }

    func testToBackIsSupportAndStateFundsAreNoVerb() {
        XCTAssertTrue(edges("Stubb said Helsinki would continue to back Kyiv for as long as needed.").contains("finland supports ukraine"))
        XCTAssertFalse(edges("Merz said the loan would use German state funds and frozen Russian assets.").contains { $0.contains("supports russia") })
    }
}
