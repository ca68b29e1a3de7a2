import XCTest
import EntityGraph
@testable import Extraction

/// An assassination attacks the one killed; a commander titled with adjectives before في and a
/// party's leading figure ("القيادي") are named; an Arabic title's holder may stand between commas;
/// forces kept under a possessive are deployed; a deed the story speaks of again with its agent
/// stays within reach of a reaction; those who left a bloc "to form" another form it; a junta's known leader holds his state
/// office; Russia's Africa Corps acts for Russia.
final class KillingsJuntasAndDeparturesTests: XCTestCase {
    func testAnAssassinationAttacksTheOneKilled() {
        XCTAssertTrue(edges("إسرائيل تغتال رئيس أركان حزب الله في غارة على الضاحية الجنوبية لبيروت", date: "2025-11-20")
            .contains("israel attacks hezbollah"))
    }

    func testAPersonKilledHasNoWeaponNamedAfterTheVerb() {
        let text = "Israel assassinated senior Hezbollah commander Fuad Shukr in Beirut."
        XCTAssertTrue(edges(text, date: "2025-11-20").contains("israel attacks fuad_shukr"))
        XCTAssertNil(attribute("what", of: "israel attacks fuad_shukr", in: text, date: "2025-11-20"))
    }

    func testACommanderTitledWithAdjectivesBeforeFiIsNamed() {
        let text = "أعلن الجيش الإسرائيلي أنه قتل القائد العسكري البارز في حزب الله هيثم علي الطبطبائي في غارة على بيروت."
        XCTAssertEqual(offices(ofRole: "commander", in: text, date: "2025-11-20"), ["hezbollah"])
    }

    func testALeadingFigureBetweenCommasIsTheGroupsOfficial() {
        let text = "وقال القيادي في حزب الله، محمود قماطي، إن الغارة تجاوز لخط أحمر."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "mhmod_qmati", "hezbollah"), "official")
    }

    func testForcesKeptUnderAPossessiveAreDeployed() {
        XCTAssertEqual(edges("وتحتفظ إسرائيل بقواتها في خمس نقاط داخل الأراضي اللبنانية.", date: "2025-11-20"), ["israel deploys_to lebanon"])
    }

    func testADeedSpokenOfAgainWithItsAgentStaysWithinReach() {
        let story = "إسرائيل تغتال رئيس أركان حزب الله في ضربة على الضاحية الجنوبية لبيروت. وأكد الحزب مقتل القائد. وقال نتنياهو إن "
            + "الوضع صعب. وقال الجيش الإسرائيلي إن الغارة استهدفت شقة. وقال الحزب إنه سيرد. ودان الرئيس اللبناني جوزيف عون الغارة."
        XCTAssertTrue(edges(story, date: "2025-11-20").contains("joseph_aoun criticizes israel"))
        let forgotten = story.replacingOccurrences(of: "وقال الجيش الإسرائيلي إن الغارة استهدفت شقة.", with: "وقال الجيش إن الطقس بارد.")
        XCTAssertFalse(edges(forgotten, date: "2025-11-20").contains("joseph_aoun criticizes israel"))
    }

    func testThoseWhoLeftABlocToFormAnotherFormIt() {
        let found = edges("Mali, Burkina Faso and Niger left ECOWAS in January to form the Alliance of Sahel States.", date: "2025-11-20")
        XCTAssertEqual(found, ["mali member_of aes", "burkina_faso member_of aes", "niger member_of aes"])
    }

    func testAJuntasKnownLeaderHoldsHisStateOfficeAndLeadsTheJunta() {
        let text = "Mali's military government, led by General Assimi Goita, has turned away from France."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "goita", "mali"), "president")
        XCTAssertEqual(role(graph, "goita", "mali_junta"), "leader")
    }

    func testTheAfricaCorpsDeploysForRussia() {
        XCTAssertEqual(edges("Fighters from Russia's Africa Corps are deployed in Mali.", date: "2025-11-20"),
                       ["africa_corps part_of russia", "russia deploys_to mali"])
    }
}
