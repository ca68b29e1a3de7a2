import XCTest
@testable import Extraction

/// Two holders of a dual title in one state, "neighbouring" before a state anywhere, passive
/// agents after "by", border verbs with an object pronoun, and mining companies in the lexicon.
final class CoPresidentsNeighboursAndBorderPronounsTests: XCTestCase {
    func testADualTitleBeforeTwoUnknownNamesGivesBothTheRole() {
        let found = edges("أجرى شويغو محادثات في نيكاراغوا مع الرئيسين دانييل أورتيغا وروزاريو موريو.", date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["daniil_aortigha holds_role nicaragua", "rozario_morio holds_role nicaragua",
                                            "daniil_aortigha met_with shoigu", "rozario_morio met_with shoigu"]), "\(found)")
    }

    func testADualTitleBeforeNoGivenNameNamesNoOne() {
        let graph = sharedExtractor.extract(text: "وبحث الرئيسان على هامش القمة سبل تعزيز العلاقات.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), [])
    }

    func testNeighbouringBeforeAStateIsAnAdjectiveAnywhere() {
        let found = edges("Lithuania reopened its border. Neighbouring Poland kept its own border with Belarus closed.", date: "2025-11-01")
        XCTAssertTrue(found.contains("lithuania borders poland"), "\(found)")
    }

    func testAnActorAfterAnotherPrepositionIsNoPassiveAgent() {
        XCTAssertEqual(edges("Botswana was also hit by cuts to U.S. foreign aid this year.", date: "2025-11-01"), [])
        XCTAssertEqual(edges("Kyiv was hit by Russian drones.", date: "2025-11-01"), ["russia attacks ukraine", "russia_army part_of russia"])
    }

    func testTheStatesAfterABorderVerbWithAPronounBorderItsReferent() {
        let found = edges("وتعد نيكاراغوا، التي تحدها هندوراس من الشمال وكوستاريكا من الجنوب، من أقرب حلفاء روسيا.", date: "2025-11-01")
        XCTAssertEqual(found, ["honduras borders nicaragua", "costa_rica borders nicaragua", "nicaragua allied_with russia"])
    }

    func testDeBeersIsAnAngloAmericanCompany() {
        let graph = sharedExtractor.extract(text: "The state holds a 15% stake in De Beers through its partnership with Anglo American.", document: "t.txt")
        XCTAssertEqual(Set(graph.entities.filter { $0.kind == .organization }.map(\.id)), ["de_beers", "anglo_american"])
    }
}
