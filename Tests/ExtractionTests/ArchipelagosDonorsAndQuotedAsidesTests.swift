import XCTest
@testable import Extraction

/// Island states named as the archipelago, clauses continued by a copula, speakers carried past a
/// participle, quotations inside asides and after a neighbour word, ships that are met by no one,
/// donors, and a king and a bank in the lexicon.
final class ArchipelagosDonorsAndQuotedAsidesTests: XCTestCase {
    func testTheArchipelagoIsTheLastIslandStateNamed() {
        XCTAssertEqual(edges("وصل مودي إلى المالديف. وكان نحو 80 عسكريا هنديا متمركزين في الأرخبيل.", date: "2025-11-01"),
                       ["india deploys_to maldives", "maldives met_with modi"])
        XCTAssertEqual(edges("Fiji is a Pacific state. The archipelago hosts Australian troops.", date: "2025-11-01"),
                       ["australia deploys_to fiji", "australia_army part_of australia"])
    }

    func testAClauseContinuedByACopulaKeepsTheMainSubject() {
        XCTAssertEqual(edges("تقع المالديف في جنوب آسيا، وتعتبر عضوا في رابطة جنوب آسيا للتعاون الإقليمي.", date: "2025-11-01"),
                       ["maldives member_of saarc"])
    }

    func testAParticipleOfSpeechGoesOnWithTheSpeakerBeforeIt() {
        let text = "وقال وزير الخارجية المالديفي عبد الله خليل إن زيارة مودي تفتح فصلا جديدا، مؤكدا أن بلاده ستواصل دعم الهند."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("maldives supports india"))
    }

    func testAQuotationInsideAnAsideToTheSubjectIsSkipped() {
        let text = "منذ تولي الرئيس محمد معز السلطة. وطالب معز، الذي خاض حملته تحت شعار \"ارحلوا\"، نيودلهي بسحب قواتها."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("mohamed_muizzu requests india"))
    }

    func testAQuotationEndsTheSearchForANeighbour() {
        let found = edges("اتهم مادورو ترينيداد وتوباغو المجاورة بالتحول إلى \"حاملة طائرات\" للولايات المتحدة.", date: "2025-11-01")
        XCTAssertFalse(found.contains("trinidad_and_tobago borders united_states"), "\(found)")
    }

    func testAShipIsNoOneMet() {
        XCTAssertEqual(edges("استقبلت كوبا سفينة حربية روسية.", date: "2025-11-01"), [])
        XCTAssertEqual(edges("استقبلت قطر وفدا أمريكيا.", date: "2025-11-01"), ["qatar met_with united_states"])
    }

    func testADonorSupportsTheStateWhoseDonorItIs() {
        XCTAssertEqual(edges("Japan is Myanmar's top donor.", date: "2025-11-01"), ["japan supports myanmar"])
        XCTAssertEqual(edges("Australia and New Zealand, Tonga's largest aid donors, congratulated the new government.", date: "2025-11-01"),
                       ["australia supports tonga", "new_zealand supports tonga"])
    }

    func testTongasKingAndChinasExportImportBankAreKnown() {
        XCTAssertEqual(edges("King Tupou VI is expected to formally appoint him.", date: "2025-11-01"), ["tupou_vi holds_role tonga"])
        XCTAssertEqual(edges("Tonga owes about $100 million to China's Export-Import Bank.", date: "2025-11-01"), ["china_exim_bank part_of china"])
    }
}
