import XCTest
import EntityGraph
@testable import Extraction

/// Bans on a state's trade, help to a state to build or defend, a participle of funding that
/// qualifies a thing, the attendee after a definite meeting noun, people named after "migrant",
/// oceans, and a seat of government that stands for its state.
final class TradeBansHelpAndAttendeesTests: XCTestCase {
    func testABanOnATradeNamedByAStateOrItsNisbaSanctionsThatState() {
        XCTAssertTrue(edges("وحظرت روسيا استيراد الفواكه المولدوفية بعد الانتخابات.", date: "2024-06-01").contains("russia sanctions moldova"))
        XCTAssertTrue(edges("India halted imports from Pakistan after the attack.", date: "2025-05-03").contains("india sanctions pakistan"))
    }

    func testHelpingAStateBuildOrDefendSupportsIt() {
        let found = edges("Germany will help Lithuania build a new army base.", date: "2025-04-01")
        XCTAssertTrue(found.contains("germany supports lithuania"), "\(found.sorted())")
    }

    func testHelpWithoutItsRequiredVerbLeavesTheSendingToItsState() {
        let found = edges("Iran has sent hundreds of troops to help Syria push rebels out of Aleppo.", date: "2016-10-01")
        XCTAssertTrue(found.contains("iran deploys_to syria"), "\(found.sorted())")
    }

    func testAParticipleOfFundingAfterAThingFundsNoOneNamedBeforeIt() {
        let found = edges("Erdogan and Aliyev will open a pipeline funded by the European Union.", date: "2025-04-01")
        XCTAssertFalse(found.contains { $0.hasPrefix("european_union supports") }, "\(found.sorted())")
        XCTAssertTrue(edges("The M23 rebels backed by Rwanda seized Goma.", date: "2025-01-28").contains("rwanda supports m23"))
    }

    func testTheAttendeeAfterADefiniteMeetingNounIsTheSubjectOfItsRelativeClause() {
        let text = "وحضر الاجتماع وزير الخارجية الروسي سيرغي لافروف، الذي التقى الرئيس الصيني شي جين بينغ في بكين الشهر الماضي."
        XCTAssertTrue(edges(text, date: "2025-05-01").contains("lavrov met_with xi_jinping"))
    }

    func testAMigrantsNameIsAPerson() {
        let english = sharedExtractor.extract(text: "The migrant Kofi Mensah was deported to Ghana.", document: "t.txt", date: "2025-04-01")
        XCTAssertEqual(english.entity(id: "kofi_mensah")?.kind, .person)
        let arabic = sharedExtractor.extract(text: "ورحلت السلطات المهاجر الغاني كوفي مينسا إلى أكرا.", document: "t.txt", date: "2025-04-01")
        XCTAssertEqual(arabic.entity(id: "kofi_minsa")?.kind, .person)
    }

    func testTheIndianOceanIsOnePlace() {
        let graph = sharedExtractor.extract(text: "The Indian Ocean island has long courted New Delhi.", document: "t.txt", date: "2025-04-01")
        XCTAssertEqual(graph.entity(id: "indian_ocean")?.kind, .place)
        XCTAssertNil(graph.entity(id: "ocean"))
    }

    func testAuthoritiesInASeatOfGovernmentAreItsState() {
        XCTAssertTrue(edges("واتهمت النيجر السلطات في كوتونو بإيواء مسلحين.", date: "2024-06-01").contains("niger criticizes benin"))
    }
}
