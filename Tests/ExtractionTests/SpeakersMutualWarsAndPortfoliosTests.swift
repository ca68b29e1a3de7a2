import XCTest
@testable import Extraction

/// "His country" in what a person says, wars two states fought each other, ties strengthened,
/// portfolios after a state's possessive, "the borders of" as a noun, events held by agents set
/// off by a comma, accession named by a verbal noun, and verbs joined inside a relative clause.
final class SpeakersMutualWarsAndPortfoliosTests: XCTestCase {
    func testHisCountryInWhatAPersonSaysIsTheSpeakers() {
        let text = "وقال وزير الخارجية الكويتي عبد الله اليحيا، في مؤتمر صحافي مع نظيره السعودي الأمير فيصل بن فرحان، إن بلاده تدعو طهران إلى ترسيم الحدود."
        let found = edges(text, date: "2025-06-01")
        XCTAssertTrue(found.contains("kuwait requests iran"), "\(found)")
        XCTAssertFalse(found.contains("saudi_arabia requests iran"), "\(found)")
    }

    func testStatesThatFoughtAWarAttackedEachOther() {
        let found = edges("Ethiopia and Eritrea fought a border war between 1998 and 2000.")
        XCTAssertTrue(found.isSuperset(of: ["ethiopia attacks eritrea", "eritrea attacks ethiopia"]), "\(found)")
        XCTAssertFalse(edges("Macron and Trump clashed over tariffs.").contains { $0.contains("attacks") })
    }

    func testStrengthenedTiesAreCooperation() {
        let found = edges("Eritrean President Isaias Afwerki has strengthened ties with Egypt and Somalia in recent months.")
        XCTAssertTrue(found.isSuperset(of: ["egypt cooperates_with eritrea", "eritrea cooperates_with somalia"]), "\(found)")
    }

    func testAPortfolioAfterAStatesPossessiveServesThatState() {
        let found = edges("Addis Ababa protested. Eritrea's Information Minister Yemane Gebremeskel accused Addis Ababa of inflammatory rhetoric.")
        XCTAssertTrue(found.contains("yemane_gebremeskel holds_role eritrea"), "\(found)")
        XCTAssertFalse(found.contains("yemane_gebremeskel holds_role ethiopia"), "\(found)")
    }

    func testTheBordersOfStatesIsANoun() {
        let found = edges("The drills, held by Russia and Belarus near the borders of Poland and Lithuania, ended last week.")
        XCTAssertFalse(found.contains { $0.contains("borders") }, "\(found)")
        XCTAssertTrue(found.contains("belarus cooperates_with russia"), "\(found)")
    }

    func testAccessionNamedByAVerbalNounIsItsAgents() {
        let found = edges("وأشاد بوتين بانضمام إندونيسيا إلى مجموعة بريكس.")
        XCTAssertTrue(found.contains("indonesia member_of brics"), "\(found)")
        XCTAssertFalse(found.contains("putin member_of brics"), "\(found)")
    }

    func testTheRenaissanceDamIsKnown() {
        XCTAssertNotNil(sharedExtractor.extract(text: "وتخشى مصر من تأثير سد النهضة.", document: "t.txt").entity(id: "gerd"))
    }

    func testAVerbJoinedInsideARelativeClauseIsItsHeads() {
        let text = "Sikorski said the decision followed talks with Chinese Foreign Minister Wang Yi, who visited Warsaw earlier this month and urged Poland to keep the rail route open."
        XCTAssertTrue(edges(text).contains("wang_yi requests poland"), "\(edges(text))")
    }
}
