import XCTest
@testable import Extraction

/// Relative clauses holding a predicate noun, allies of armed groups, bare titles naming the
/// person last read with that role, strikes named by their doer's nisba, Arabic lists set off by
/// commas and nouns that fold like verbs.
final class RelativeHeadsBareTitlesAndStrikesTests: XCTestCase {
    func testARelativeClauseHoldingAnAllyNounDescribesItsHead() {
        let found = edges("التقى المبعوث الأميركي رئيس مجلس النواب اللبناني سمير حداد، الذي يعد الحليف الأبرز لحزب الله.")
        XCTAssertTrue(found.contains("hezbollah allied_with smir_hdad"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("hezbollah allied_with united_states") }, "\(found)")
    }

    func testAPersonAlliedWithTheKremlinIsStillHisState() {
        XCTAssertTrue(edges("التقى لوكاشينكو، الذي يعد الحليف الأقرب للكرملين، نظيره الصيني.").contains("belarus allied_with russia"))
    }

    func testAnyEndsAName() {
        let graph = sharedExtractor.extract(text: "رفض وزير الخارجية الروسي أندريه كوزلوف أي بحث في الأمر.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.name), ["Andrih Kozlof"])
    }

    func testASingleDroneNamedWithANisbaIsItsStatesForces() {
        XCTAssertTrue(edges("شنت مسيرة روسية هجوما على مدينة خاركيف.").contains("russia attacks kharkiv"))
        XCTAssertTrue(edges("A Russian drone hit Kharkiv overnight.").contains("russia attacks kharkiv"))
    }

    func testAMinistryIsNoVerbWithAPronoun() {
        let found = edges("هاجم الجيش الروسي سيارة، بحسب وزارة السياحة الأوكرانية.")
        XCTAssertFalse(found.contains { $0.contains("met_with") }, "\(found)")
    }

    func testAnArabicListMemberSetOffByCommasJoinsTheList() {
        let text = "وقع الرئيس الروسي فلاديمير بوتين، والرئيس الصيني شي جينبينغ، في موسكو، اتفاقية للتعاون."
        XCTAssertTrue(edges(text).contains("china cooperates_with russia"), "\(edges(text))")
        XCTAssertFalse(edges("التقى بوتين شي جينبينغ، وروسيا تسعى إلى توسيع التجارة.").contains("china cooperates_with russia"))
    }

    func testABareTitleNamesThePersonLastReadWithThatRole() {
        let arabic = edges("وصل ولي العهد السعودي الأمير محمد بن سلمان إلى باريس. وكان ولي العهد قد استقبل رئيس الوزراء الباكستاني شهباز شريف أمس.")
        XCTAssertTrue(arabic.contains("mohammed_bin_salman met_with shehbaz_sharif"), "\(arabic)")
        let english = edges("Russian President Vladimir Putin arrived in Beijing. The president met Chinese Premier Li Qiang.")
        XCTAssertTrue(english.contains("li_qiang met_with putin"), "\(english)")
        let indefinite = edges("Russian President Vladimir Putin arrived in Beijing. A president met Chinese Premier Li Qiang.")
        XCTAssertFalse(indefinite.contains("li_qiang met_with putin"), "\(indefinite)")
    }

    func testAStrikeNamedByItsDoersNisbaIsTheirAttack() {
        let english = edges("The Israeli strike targeted Hamas leaders in Doha.")
        XCTAssertTrue(english.contains("israel attacks hamas"), "\(english)")
        XCTAssertFalse(english.contains("hamas part_of israel"), "\(english)")
        XCTAssertTrue(edges("استهدفت الغارات الروسية مدينة خاركيف.").contains("russia attacks kharkiv"))
        XCTAssertTrue(edges("وأدانت كييف الضربة الروسية التي استهدفت مدينة خاركيف.").contains("russia attacks kharkiv"))
        XCTAssertTrue(edges("Workers at the port went on strike on Monday.").isEmpty)
    }

    func testAMutualDefenceAgreementMakesAllies() {
        XCTAssertTrue(edges("Turkey and Azerbaijan signed a mutual defense agreement on Wednesday.").contains("azerbaijan allied_with turkey"))
        XCTAssertTrue(edges("وقعت تركيا وأذربيجان اتفاقية دفاع مشترك.").contains("azerbaijan allied_with turkey"))
    }
}
