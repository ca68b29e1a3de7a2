import XCTest
@testable import Extraction

/// Military ranks between a title and a name, seas named after a state, "the two countries"
/// joined by "and", a known person's surname alone later, who an English participle after a
/// speech verb goes on with, a border noun far from its state, a minister of the story's own
/// government, a simple verb's participle, and support relied on.
final class RanksSurnamesAndRelianceTests: XCTestCase {
    func testAMilitaryRankBetweenATitleAndAName() {
        let graph = sharedExtractor.extract(text: "وقال قائد القوات الجوية الروسية الجنرال فيكتور أفزالوف إن الطائرات جاهزة.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Fiktor Afzalof"])
    }

    func testASeaNamedAfterAStateIsAPlace() {
        let graph = sharedExtractor.extract(text: "وأجرت السفن مناورات في خليج عمان وبحر العرب.", document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id).sorted(), ["arabian_sea", "gulf_of_oman"])
    }

    func testTheTwoCountriesJoinedByAnd() {
        let text = "وجاء ذلك بعد توقيع أنقرة وباكو اتفاقية دفاعية، في وقت تفرض فيه باريس عقوبات على البلدين."
        XCTAssertEqual(edges(text), ["azerbaijan cooperates_with turkey", "france sanctions turkey", "france sanctions azerbaijan"])
    }

    func testAKnownPersonsSurnameAloneLater() {
        let text = "والتقى وزير الخارجية السوري أسعد الشيباني نظيره التركي. وقال الشيباني إن دمشق ستدعم أنقرة."
        XCTAssertTrue(edges(text).contains("syria supports turkey"))
        XCTAssertTrue(sharedExtractor.explain(text: text, document: "t.txt").sentences[1].mentions.contains { $0.ids == ["shaibani"] })
    }

    func testAnEnglishParticipleGoesOnWithTheSpeaker() {
        let text = "Poland will keep its border closed, Prime Minister Donald Tusk said on Monday, accusing Minsk of staging provocations."
        XCTAssertEqual(edges(text, date: "2025-01-01"), ["tusk holds_role poland", "tusk criticizes belarus"])
    }

    func testAnEnglishBorderNounFarFromItsState() {
        XCTAssertEqual(edges("Norway will keep its entire 198-kilometer border with Russia open."), ["norway borders russia"])
        XCTAssertEqual(edges("Norway shares a 198-kilometer border with Russia."), ["norway borders russia"])
        XCTAssertEqual(edges("Finland and Sweden began joint naval exercises near the border with Norway."), ["finland cooperates_with sweden"])
    }

    func testAMinisterOfTheStorysOwnGovernment() {
        let text = "Polish President Andrzej Duda spoke on Friday. Interior Minister Tomasz Siemoniak said the crossings would stay shut."
        XCTAssertEqual(edges(text, date: "2024-01-01"), ["duda holds_role poland", "tomasz_siemoniak holds_role poland"])
        XCTAssertEqual(edges("Interior Minister Tomasz Siemoniak said the crossings would stay shut."), [], "no state named before")
    }

    func testTheParticipleOfASimpleVerb() {
        XCTAssertEqual(edges("وقال لافروف إن موسكو تريد علاقات جيدة، داعيا دمشق إلى مراجعة الاتفاقيات."), ["lavrov requests syria"])
    }

    func testSupportReliedOn() {
        XCTAssertEqual(edges("Serbia relies on Moscow's support at the United Nations."), ["russia supports serbia"])
        XCTAssertEqual(edges("وتعتمد صربيا على الدعم الروسي في الأمم المتحدة."), ["russia supports serbia"])
        XCTAssertEqual(edges("Serbia depends on Russian gas."), [], "gas is no support")
        XCTAssertEqual(edges("Lukashenko has relied on Russian support since 2020.", date: "2024-01-01"), ["russia supports belarus"])
    }
}
