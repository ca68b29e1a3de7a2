import XCTest
import EntityGraph
@testable import Extraction

/// Heads of state and government, ministers and advisers the lexicon knows with their dates, by
/// their Arabic and English names; a namesake named after a lexicon person leaves the surname
/// to that person.
final class LeadersAddedToTheLexiconTests: XCTestCase {
    func testEachIsKnownByNameWithTheRoleOfTheDate() {
        let cases: [(text: String, date: String, edge: String)] = [
            ("وقال رئيس الوزراء الإثيوبي آبي أحمد إن بلاده تريد منفذا على البحر.", "2025-10-01", "abiy_ahmed holds_role ethiopia"),
            ("Ethiopian Prime Minister Abiy Ahmed said talks would continue.", "2025-10-01", "abiy_ahmed holds_role ethiopia"),
            ("واستقبل الرئيس الأنغولي جواو لورينسو وزير الخارجية الروسي.", "2025-06-01", "joao_lourenco holds_role angola"),
            ("وصل الرئيس السنغالي باسيرو ديوماي فاي إلى نواكشوط.", "2025-06-01", "bassirou_diomaye_faye holds_role senegal"),
            ("Mongolian President Ukhnaagiin Khurelsukh visited Tokyo.", "2025-06-01", "khurelsukh holds_role mongolia"),
            ("Taiwan President Lai Ching-te said the island would defend itself.", "2025-06-01", "lai_ching_te holds_role taiwan"),
            ("وانتقد الرئيس التشيلي غابرييل بوريك التصريحات.", "2025-06-01", "gabriel_boric holds_role chile"),
            ("Cambodian Prime Minister Hun Manet called for a ceasefire.", "2025-07-25", "hun_manet holds_role cambodia"),
            ("وقال الرئيس الكولومبي غوستافو بيترو إن بلاده لن تتراجع.", "2025-10-20", "gustavo_petro holds_role colombia"),
            ("Panama's President Jose Raul Mulino rejected the claim.", "2025-02-01", "jose_raul_mulino holds_role panama"),
            ("وقال رئيس موزمبيق دانيال تشابو إن الحوار مستمر.", "2025-06-01", "daniel_chapo holds_role mozambique"),
            ("واستقبل الرئيس الإريتري أسياس أفورقي المبعوث الأميركي.", "2025-06-01", "isaias_afwerki holds_role eritrea"),
            ("Indian National Security Adviser Ajit Doval met Wang Yi.", "2025-08-18", "ajit_doval holds_role india"),
            ("وقال وزير الدفاع الباكستاني خواجة آصف إن بلاده سترد.", "2025-05-10", "khawaja_asif holds_role pakistan"),
            ("وقال وزير الداخلية الفرنسي برونو روتايو إن فرنسا سترد.", "2025-03-01", "retailleau holds_role france"),
            ("Honduran President Xiomara Castro recalled her ambassador.", "2025-06-01", "xiomara_castro holds_role honduras"),
        ]
        for (text, date, edge) in cases {
            XCTAssertTrue(edges(text, date: date).contains(edge), "\(text): \(edges(text, date: date))")
        }
    }

    func testANameWithoutATitleIsKnownToo() {
        XCTAssertEqual(personIDs(in: "وزارت مارتا كوس كيشيناو أمس."), ["marta_kos"])
        XCTAssertEqual(personIDs(in: "Abiy told parliament the dam was finished."), ["abiy_ahmed"])
    }

    func testRolesEndOnTheirDates() {
        // Boric left office on 11 March 2026, Retailleau the interior ministry on 12 October 2025.
        XCTAssertFalse(edges("وقال الرئيس التشيلي إن بلاده ستدعم الحل.", date: "2026-06-01").contains("gabriel_boric holds_role chile"))
        XCTAssertFalse(edges("وقال وزير الداخلية الفرنسي إن فرنسا سترد.", date: "2025-11-01").contains("retailleau holds_role france"))
    }

    func testANamesakeLeavesTheSurnameToTheLexiconsPerson() {
        let text = "The United States imposed sanctions on Colombian President Gustavo Petro and his son Nicolas Petro. "
            + "Since President Petro came into power, drug production has exploded, Treasury Secretary Scott Bessent said."
        let found = edges(text, date: "2025-10-24")
        XCTAssertFalse(found.contains { $0.hasPrefix("nicolas_petro holds_role") }, "\(found)")
        XCTAssertTrue(found.contains("united_states sanctions nicolas_petro"))
    }
}
