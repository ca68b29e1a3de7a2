import XCTest
import EntityGraph
@testable import Extraction

/// States named by their region after "to"; an agreement ended; training a state's forces;
/// quoted names after their kind's noun as subject and agent; a count of members in the object
/// slot; the D-8, SAARC and the FDLR.
final class CountsTrainingAndQuotedSubjectsTests: XCTestCase {
    func testAStateNamedByItsRegionAfterTo() {
        XCTAssertEqual(edges("Chad said it would invest. Hungary will deploy soldiers to the Central African country.", date: "2025-11-20"),
                       ["hungary deploys_to chad"])
        XCTAssertEqual(edges("Saudi Arabia said it would invest. Britain will send warships to the Gulf state.", date: "2025-11-20"),
                       ["united_kingdom deploys_to saudi_arabia"])
    }

    func testEndingAnAgreementWithAStateReducesRelations() {
        XCTAssertEqual(edges("Chad ended its defence cooperation agreement with France.", date: "2025-11-20"), ["chad sanctions france"])
    }

    func testTrainingAStatesForcesSupportsIt() {
        XCTAssertEqual(edges("Britain has trained more than 50,000 Ukrainian soldiers since 2022.", date: "2025-11-20"),
                       ["ukraine_army part_of ukraine", "united_kingdom supports ukraine"])
    }

    func testANameInQuotationMarksAfterItsKindIsTheSubjectAndTheAgent() {
        XCTAssertEqual(edges("وقصفت حركة \"حماس\" مدينة عسقلان.", date: "2025-11-20"), ["hamas attacks asqlan"])
        XCTAssertEqual(edges("وذلك بعد هجوم \"حزب الله\" على مدينة حيفا.", date: "2025-11-20"), ["hezbollah attacks hifa"])
        XCTAssertEqual(edges("وذلك بعد سيطرة حركة \"إم 23\" المتمردة على مدينتي غوما وبوكافو مطلع العام.", date: "2025-11-20"),
                       ["m23 attacks bukavu", "m23 attacks goma"])
    }

    func testACountOfMembersIsTheObjectUnlessItsListFollows() {
        XCTAssertEqual(edges("وتضم إيكواس 12 دولة بعد خروج مالي والنيجر وبوركينا فاسو.", date: "2025-11-20"), [])
        XCTAssertEqual(edges("وتضم إيكواس 12 دولة هي نيجيريا والسنغال وغانا.", date: "2025-11-20"),
                       ["ghana member_of ecowas", "nigeria member_of ecowas", "senegal member_of ecowas"])
    }

    func testTheLexiconKnowsTheD8SaarcAndTheFdlr() {
        XCTAssertEqual(edges("Pakistan and Bangladesh are members of the D-8 and of SAARC, and Congo backed the FDLR.", date: "2025-11-20"),
                       ["bangladesh member_of d8", "bangladesh member_of saarc", "dr_congo supports fdlr", "pakistan member_of d8",
                        "pakistan member_of saarc"])
        XCTAssertEqual(edges("وأبدت رابطة جنوب آسيا للتعاون الإقليمي قلقها، فيما دعمت الكونغو القوات الديمقراطية لتحرير رواندا.", date: "2025-11-20"),
                       ["dr_congo supports fdlr"])
    }
}
