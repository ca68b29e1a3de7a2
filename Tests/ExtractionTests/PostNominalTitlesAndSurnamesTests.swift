import XCTest
@testable import Extraction

/// Present verbs that open no name, names beginning like a proclitic and the article, titles
/// written after a name without a comma, the leaders or ministers "both" refers to, and a
/// person's surname spelled like a nisba after a verb.
final class PostNominalTitlesAndSurnamesTests: XCTestCase {
    func testADualPresentVerbOpensNoName() {
        let graph = sharedExtractor.extract(text: "رئيس الدولة ورئيس وزراء باكستان يبحثان تعزيز الشراكة", document: "t.txt")
        XCTAssertFalse(graph.entities.contains { $0.kind == .person && $0.id != "shehbaz_sharif" }, "\(graph.entities.map(\.id))")
    }

    func testAWordBeginningLikeAProcliticAndTheArticleMayBeAName() {
        let graph = sharedExtractor.extract(text: "وصل رئيس الاستخبارات التركية أحمد كالن إلى بغداد.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Ahmd Kaln"])
        let rebuttal = sharedExtractor.extract(text: "توعد المتحدث العسكري باسم الحوثيين يحيى سريع بالرد.", document: "t.txt")
        XCTAssertEqual(rebuttal.entities.filter { $0.kind == .person }.map(\.name), ["Yahya Saree"])
    }

    func testATitleAfterANameWithoutACommaDescribesThatPerson() {
        let text = "حضر اللقاء الشيخ عبدالله بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الخارجية."
        XCTAssertTrue(edges(text, date: "2025-06-01").contains("abdullah_bin_zayed holds_role united_arab_emirates"))
        XCTAssertFalse(edges("وشكر بوتين الرئيس الإماراتي على جهود الوساطة.").contains("putin holds_role united_arab_emirates"))
        let object = edges("استقبل بوتين رئيس الوزراء الهندي ناريندرا مودي.")
        XCTAssertFalse(object.contains("putin holds_role india"), "\(object)")
        XCTAssertTrue(object.contains("modi met_with putin"), "\(object)")
    }

    func testBothLeadersAreTheLeadersNotTheMinistersNamedAfterThem() {
        let text = "German Chancellor Friedrich Merz and French President Emmanuel Macron agreed to deepen cooperation. "
            + "The talks were attended by defence ministers Boris Pistorius and Catherine Vautrin. Both leaders criticized Viktor Orban."
        let found = edges(text, date: "2025-08-29")
        XCTAssertTrue(found.contains("merz criticizes orban") && found.contains("macron criticizes orban"), "\(found)")
        XCTAssertFalse(found.contains("pistorius criticizes orban"), "\(found)")
    }

    func testANisbaAfterAVerbThatEndsAPersonsNameIsThatPerson() {
        let found = edges("استقبل رئيس الوزراء محمد شياع السوداني الوفد. وطالب السوداني بانسحاب القوات التركية من العراق.")
        XCTAssertTrue(found.contains("al_sudani requests turkey"), "\(found)")
        XCTAssertTrue(edges("وطالب السوداني بانسحاب القوات التركية.").contains("sudan requests turkey"))
        let speaker = edges("استقبل رئيس الوزراء محمد شياع السوداني الوفد. وأكد السوداني أن العراق يرفض ذلك، مطالباً بانسحاب القوات التركية.")
        XCTAssertTrue(speaker.contains("al_sudani requests turkey"), "\(speaker)")
        XCTAssertTrue(edges("استقبل رئيس الوزراء محمد شياع السوداني الوفد. ثم استقبل السوداني الوفد السوداني.")
            .contains("al_sudani met_with sudan"))
    }
}
