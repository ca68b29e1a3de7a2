import XCTest
@testable import Extraction

/// Known people written with their office's title, titles that do not name a known person of
/// another state, leaders named after "led by", cut ties and supplies, regions named as
/// neighbours, land borders shared by two states, and a coordinated army that owns no group.
final class TitledNamesTiesAndRegionsTests: XCTestCase {
    func testAKnownPersonNamedWithTheTitleOfTheirOfficeHoldsIt() {
        XCTAssertTrue(edges("King Abdullah II received the Iraqi prime minister in Amman.").contains("abdullah_ii holds_role jordan"))
    }

    func testATitleNamesNoKnownPersonOfAnotherState() {
        let found = edges("وزير الخارجية المصري يصافح لافروف في موسكو")
        XCTAssertFalse(found.contains("lavrov holds_role egypt"), "\(found)")
    }

    func testAPersonNamedAfterAnAgentPhraseIsIntroduced() {
        XCTAssertEqual(edges("The Wagner group, led by Dmitry Utkin, fought in Syria."), ["dmitry_utkin holds_role wagner"])
        XCTAssertEqual(edges("وقاتلت مجموعة فاغنر التي يقودها ديمتري أوتكين في سوريا.").count, 1)
    }

    func testCuttingTiesOrSuppliesReducesRelations() {
        XCTAssertEqual(edges("قطعت الجزائر العلاقات مع المغرب."), ["algeria sanctions morocco"])
        XCTAssertEqual(edges("Nicaragua severed diplomatic relations with Israel."), ["nicaragua sanctions israel"])
        XCTAssertEqual(edges("Russia cut gas supplies to Moldova."), ["russia sanctions moldova"])
    }

    func testARegionNamedAsANeighbourStandsForItsState() {
        XCTAssertTrue(edges("وتحد أوكرانيا مقاطعة بريانسك الروسية من الشمال الشرقي.").contains("russia borders ukraine"))
    }

    func testTwoStatesSharingALandBorderBothBorderTheThird() {
        XCTAssertEqual(edges("وتتشارك فنلندا والنرويج حدوداً برية مع روسيا."), ["finland borders russia", "norway borders russia"])
    }

    func testAnArmyCoordinatedWithAGroupDoesNotOwnIt() {
        let found = edges("Fighting between the Sudanese army and the paramilitary Rapid Support Forces spread to Darfur.")
        XCTAssertFalse(found.contains("rsf part_of sudan"), "\(found)")
    }

    func testASymmetricReadingIsExplainedWithItsEndsInIdOrder() {
        let readings = sharedExtractor.explain(text: "وتحد أوكرانيا روسيا من الشمال.", document: "t.txt").sentences[0].readings
        let border = readings.first { $0.relation.type == .borders }?.relation
        XCTAssertEqual(border.map { [$0.source, $0.target, $0.attributes["direction"] ?? ""] }, ["russia", "ukraine", "south"])
    }
}
