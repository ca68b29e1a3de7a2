import XCTest
import EntityGraph
@testable import Extraction

/// Attacks told by their casualties or with their doer in a clause or after "by", names known to
/// the lexicon written with their last words in quotation marks, and arms handed over.
final class CasualtiesAndAgentsOfAttacksTests: XCTestCase {
    func testAKnownNameWithItsLastWordQuotedIsTheKnownEntity() {
        XCTAssertEqual(edges("وأدان الرئيس الصومالي حسن شيخ محمود هجوم حركة «الشباب».", date: "2025-11-20"),
                       ["hassan_sheikh_mohamud holds_role somalia", "hassan_sheikh_mohamud criticizes al_shabaab"])
        let graph = sharedExtractor.extract(text: "وأدان الرئيس الصومالي هجوم حركة «الشباب».", document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(graph.entity(id: "al_shabaab")?.aliases.contains { $0.contains("«") }, false, "no alias with a quotation mark")
    }

    func testAnIndefiniteAttackNounTakesItsDoerFromTheVerbAfterIt() {
        XCTAssertEqual(edges("وقع هجوم شنه حزب الله على إسرائيل."), ["hezbollah attacks israel"])
        XCTAssertTrue(edges("وأدانت مصر غارات تشنها إسرائيل على لبنان.").contains("israel attacks lebanon"))
    }

    func testArabicCasualtiesBeforeAnAttackAreItsTarget() {
        XCTAssertEqual(edges("قُتل 12 جنديا صوماليا على الأقل، الأربعاء، في هجوم شنته حركة \"الشباب\" على قاعدة عسكرية.", date: "2025-11-20"),
                       ["somalia_army part_of somalia", "al_shabaab attacks somalia"])
    }

    func testEnglishCasualtiesBeforeAnAttackAreItsTarget() {
        XCTAssertEqual(edges("Three Israeli soldiers were killed in an attack by Hezbollah."), ["israel_army part_of israel", "hezbollah attacks israel"])
        XCTAssertEqual(edges("Three Israeli soldiers were killed in a Hezbollah attack."), ["israel_army part_of israel", "hezbollah attacks israel"])
        XCTAssertEqual(edges("Three soldiers were killed in an attack by Hezbollah."), [], "no one's soldiers")
    }

    func testAnEnglishAttackNamesItsDoerAfterBy() {
        XCTAssertEqual(edges("It condemned an attack by Russia on Ukraine."), ["russia attacks ukraine"])
    }

    func testHandingOverArmsIsSupport() {
        XCTAssertEqual(edges("وكانت أنقرة قد سلمت مقديشو الشهر الماضي دفعة من الطائرات المسيرة."), ["turkey supports somalia"])
        XCTAssertEqual(edges("وسلمت حماس إسرائيل دفعة من جثث الرهائن."), [], "bodies are no arms")
    }

    func testTheAfricanUnionMissionInSomaliaIsKnown() {
        XCTAssertEqual(edges("وتنتشر في الصومال بعثة الاتحاد الأفريقي للدعم والاستقرار (أوصوم)."), ["aussom part_of african_union"])
    }
}
