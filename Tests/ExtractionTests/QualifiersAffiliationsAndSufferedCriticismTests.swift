import XCTest
@testable import Extraction

/// Ranks after a title with no state, quoted offices after a detached ل, regions named in an
/// envoy's title, bodies that belong to another, news agencies, the one spoken of holding talks,
/// visits to a seat of power, criticism faced from someone, and frontiers.
final class QualifiersAffiliationsAndSufferedCriticismTests: XCTestCase {
    func testARankBetweenATitleAndAKnownNameIsSkipped() {
        let found = edges("والتقت المبعوثة رئيس الجمهورية العماد جوزيف عون في قصر بعبدا.", date: "2025-09-01")
        XCTAssertTrue(found.contains("joseph_aoun holds_role lebanon"), "\(found)")
    }

    func testAQuotedOfficeAfterADetachedPrepositionIsTheTitlesOffice() {
        let found = edges("وانتقد الأمين العام لـ«حزب الله» الشيخ نعيم قاسم الضغوط الأميركية.", date: "2025-09-01")
        XCTAssertTrue(found.contains("naim_qassem holds_role hezbollah"), "\(found)")
        XCTAssertTrue(found.contains("naim_qassem criticizes united_states"), "\(found)")
    }

    func testARegionInAnEnvoysTitleLeavesTheNameAfterIt() {
        let text = "بحثت نائبة المبعوث الأميركي الخاص إلى الشرق الأوسط مورغان أورتاغوس مع رئيس الحكومة اللبنانية نواف سلام خطة الحكومة."
        let graph = sharedExtractor.extract(text: text, document: "t.txt")
        XCTAssertEqual(role(graph, "morgan_ortagus", "united_states"), "deputy_envoy")
        XCTAssertNil(graph.entity(id: "middle_east"))
        XCTAssertTrue(edges(text).contains("morgan_ortagus met_with nawaf_salam"), "\(edges(text))")
    }

    func testABodySaidToBelongToAnotherIsPartOfIt() {
        XCTAssertTrue(edges("وتنتشر قوات «اليونيفيل» التابعة للأمم المتحدة في جنوب لبنان.").contains("unifil part_of united_nations"))
        XCTAssertTrue(edges("وقالت وكالة سانا التابعة للحكومة السورية إن الغارات استهدفت دمشق.").contains("sana part_of syria_government"))
        XCTAssertFalse(edges("وقصفت إسرائيل مخازن أسلحة تابعة لحزب الله.").contains { $0.contains("part_of") })
    }

    func testStateNewsAgenciesAreKnown() {
        for (text, agency) in [("ونقلت وكالة الأنباء الكويتية عن الوزير قوله إن الكويت ترحب.", "kuna"),
                               ("وذكرت وكالة الأنباء العمانية أن السلطنة رحبت.", "ona"),
                               ("وقالت وكالة سونا إن الجيش تقدم.", "suna")] {
            XCTAssertNotNil(sharedExtractor.extract(text: text, document: "t.txt").entity(id: agency), agency)
        }
    }

    func testTheOneSpokenOfHoldsTheTalks() {
        let found = edges("Kremlin spokesman Dmitry Peskov said Moscow regretted the decision and would continue talks with Yerevan.")
        XCTAssertTrue(found.contains("armenia met_with russia"), "\(found)")
    }

    func testAVisitToASeatOfPowerIsAVisitToItsState() {
        let found = edges("Kazakh President Kassym-Jomart Tokayev visited the White House on Thursday.")
        XCTAssertTrue(found.contains("kazakhstan met_with united_states") || found.contains("tokayev met_with united_states"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("white_house") }, "\(found)")
    }

    func testCriticismFacedFromSomeoneIsTheirs() {
        XCTAssertTrue(edges("وواجهت الحكومة الإسرائيلية انتقادات من فرنسا بسبب الاستيطان.").contains("france criticizes israel_government"))
        XCTAssertTrue(edges("The Hungarian government has faced criticism from the European Union over its veto.").contains("european_union criticizes hungary"))
        let faced = edges("وتواجه حكومة ميلوني انتقادات من منظمات حقوقية بسبب اتفاقها مع ألبانيا.")
        XCTAssertFalse(faced.contains { $0.contains("criticizes albania") }, "\(faced)")
    }

    func testTheAbrahamAccordsAreABlocToJoin() {
        XCTAssertTrue(edges("Kazakhstan will join the Abraham Accords, Trump said.").contains("kazakhstan member_of abraham_accords"))
    }

    func testFrontiersWithAStateAreBorders() {
        let found = edges("Russian border guards patrol Armenia's frontiers with Turkey and Iran.")
        XCTAssertTrue(found.contains("armenia borders turkey"), "\(found)")
        XCTAssertTrue(found.contains("armenia borders iran"), "\(found)")
    }

    func testAnAreaNamedAfterItsDistrictNounIsAttacked() {
        let found = edges("شنت المقاتلات الإسرائيلية سلسلة غارات على بلدات في قضاء النبطية.")
        XCTAssertTrue(found.contains("israel attacks nabatieh"), "\(found)")
    }
}
