import XCTest
import EntityGraph
@testable import Extraction

/// Gatherings said to bring people together, names spelled with a shadda, and English ranks of
/// two words before a known name.
final class GatheringsAndRanksTests: XCTestCase {
    func testAGatheringThatBroughtPeopleTogetherMakesThemAllMeet() {
        let text = "استضافت العاصمة الأردنية، الثلاثاء، اجتماعاً ضم وزير الخارجية الأردني أيمن الصفدي ونظيره السوري أسعد الشيباني "
            + "والمبعوث الأميركي إلى سورية توماس برّاك."
        let found = edges(text, date: "2025-08-12")
        XCTAssertTrue(found.isSuperset(of: ["safadi met_with shaibani", "safadi met_with tom_barrack", "shaibani met_with tom_barrack"]),
                      "\(found)")
        let english = edges("A meeting in Cairo brought together Egyptian Foreign Minister Badr Abdelatty, Qatari Prime Minister "
            + "Mohammed bin Abdulrahman Al Thani and Turkish Foreign Minister Hakan Fidan.", date: "2025-10-01")
        XCTAssertTrue(english.isSuperset(of: ["abdelatty met_with fidan", "abdelatty met_with mohammed_bin_abdulrahman"]), "\(english)")
    }

    func testPeopleOfOneStateInAGatheringMeetNoOneOfIt() {
        let found = edges("عقد اجتماع ضم وزير الخارجية الأردني أيمن الصفدي ووزير الداخلية الأردني مازن الفراية.")
        XCTAssertFalse(found.contains { $0.contains("met_with") }, "\(found)")
    }

    func testATwoWordRankBeforeAKnownName() {
        XCTAssertTrue(edges("Field Marshal Asim Munir met US President Donald Trump.").contains("asim_munir met_with trump"))
    }
}
