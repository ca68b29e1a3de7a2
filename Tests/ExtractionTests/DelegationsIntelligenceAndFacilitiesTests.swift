import XCTest
import EntityGraph
@testable import Extraction

/// Delegations led by someone after an acronym in parentheses, general intelligence services,
/// the two sides of a meeting with a group, brigades stationed abroad, facilities that are no
/// verbs, threats to undo something, the nisba of what a verb says is deployed, and known people
/// after "official".
final class DelegationsIntelligenceAndFacilitiesTests: XCTestCase {
    func testTheLeaderOfADelegationNamedAfterItsAcronymMeetsTheHost() {
        let found = edges("التقى وزير الخارجية القطري وفدا من حركة المقاومة الإسلامية (حماس) برئاسة خليل الحية.", date: "2025-09-01")
        XCTAssertTrue(found.isSuperset(of: ["hamas met_with mohammed_bin_abdulrahman", "khalil_al_hayya met_with mohammed_bin_abdulrahman"]),
                      "\(found)")
    }

    func testTheGeneralIntelligenceIsItsStatesBody() {
        let found = edges("وقال رئيس المخابرات العامة المصرية حسن رشاد إن المحادثات مستمرة.")
        XCTAssertTrue(found.isSuperset(of: ["hassan_rashad holds_role egypt_intelligence", "egypt_intelligence part_of egypt"]), "\(found)")
    }

    func testTheTwoSidesOfAMeetingWithAGroupIncludeTheGroup() {
        let text = "التقى رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني وفدا من حماس برئاسة خليل الحية. "
            + "وبحث الجانبان المقترح الأميركي، بحضور رئيس المخابرات العامة المصرية."
        let found = edges(text, date: "2025-09-01")
        XCTAssertFalse(found.contains("egypt met_with qatar"), "\(found)")
    }

    func testABrigadeOfAStateInAnotherIsDeployedThere() {
        XCTAssertTrue(edges("Merz visits German brigade in Lithuania.").contains("germany deploys_to lithuania"))
    }

    func testAPumpingStationIsNoDeployment() {
        XCTAssertFalse(edges("Ukrainian drones struck an oil pumping station in Russia.").contains { $0.contains("deploys_to") })
        XCTAssertTrue(edges("Russia will station tactical nuclear weapons in Belarus.").contains("russia deploys_to belarus"))
    }

    func testAThreatToUndoSupportIsAThreat() {
        let found = edges("Slovak Prime Minister Robert Fico threatened to cut diesel supplies to Ukraine.")
        XCTAssertEqual(found, ["fico holds_role slovakia", "fico threatens ukraine"])
    }

    func testTheNisbaOfWhatAVerbSaysIsDeployedIsTheDeployer() {
        let found = edges("أعلن وزير الدفاع البيلاروسي فيكتور خرينين أن منظومة الصواريخ الروسية «أوريشنيك» ستنشر على أراضي بيلاروس.")
        XCTAssertTrue(found.contains("russia deploys_to belarus"), "\(found)")
    }

    func testAKnownPersonAfterAnOfficialTitleHoldsIt() {
        XCTAssertTrue(edges("Senior Hamas official Khalil al-Hayya led a delegation to Cairo.").contains("khalil_al_hayya holds_role hamas"))
    }
}
