import XCTest
import EntityGraph
@testable import Extraction

/// Ranks between a title and its holder, a title named again by a second title and its holder,
/// agent phrases after an Arabic comma, fights between two sides, singular "which borders", "the
/// two NATO allies".
final class FightsAndAppositionsTests: XCTestCase {
    func testARankBetweenAConstructTitleAndItsHolder() {
        let found = edges("استقبل قائد الجيش الفريق أول عبد الفتاح البرهان، الأحد، المبعوث الأممي.")
        XCTAssertTrue(found.contains("burhan met_with united_nations"), "\(found)")
        XCTAssertEqual(edges("والتقى مبعوث ترامب الرئيس بوتين."), ["putin holds_role russia"])
        let english = edges("President Donald Trump hosted Pakistan's army chief, Field Marshal Asim Munir, for lunch.")
        XCTAssertTrue(english.isSuperset(of: ["asim_munir holds_role pakistan_army", "asim_munir met_with trump"]), "\(english)")
    }

    func testATitleNamedAgainByASecondTitleAndItsHolder() {
        let found = edges("استقبل رئيس مجلس السيادة الانتقالي في السودان، قائد الجيش الفريق أول عبد الفتاح البرهان، الأحد، "
            + "المبعوث الشخصي للأمين العام للأمم المتحدة إلى السودان رمطان لعمامرة.")
        XCTAssertTrue(found.isSuperset(of: ["burhan holds_role sudan_sovereignty_council", "burhan met_with rmtan_lamamra",
                                            "rmtan_lamamra holds_role united_nations"]), "\(found)")
    }

    func testAnAgentPhraseAfterAnArabicComma() {
        XCTAssertTrue(edges("وكانت قوات الدعم السريع، بقيادة محمد حمدان دقلو، قد أعلنت قبولها المقترح.").contains("hemedti holds_role rsf"))
    }

    func testAFightBetweenTwoSidesIsAnAttackEachWay() {
        XCTAssertEqual(edges("Trump helped end last month's fighting between India and Pakistan."),
                       ["india attacks pakistan", "pakistan attacks india"])
        XCTAssertEqual(edges("الاشتباكات بين الهند وباكستان مستمرة."), ["india attacks pakistan", "pakistan attacks india"])
        let found = edges("The Pakistani military said Trump and Munir discussed counterterrorism cooperation and the conflict between Israel and Iran.")
        XCTAssertTrue(found.isSuperset(of: ["israel attacks iran", "iran attacks israel"]), "\(found)")
        XCTAssertFalse(found.contains { $0.hasSuffix("cooperates_with pakistan") || $0.contains("cooperates_with israel") }, "\(found)")
    }

    func testWhichBordersInTheSingularHasOneSubject() {
        let found = edges("They discussed the conflict between Israel and Iran, which borders Pakistan.")
        XCTAssertTrue(found.contains("iran borders pakistan"), "\(found)")
        XCTAssertFalse(found.contains("israel borders pakistan"), "\(found)")
        XCTAssertTrue(edges("Lithuania and Latvia, which also border Belarus, raised alert levels.")
            .isSuperset(of: ["belarus borders lithuania", "belarus borders latvia"]))
    }

    func testTheTwoNATOAlliesAreTheStoryStates() {
        let found = edges("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Tayyip Erdogan in New York.\n"
            + "The two NATO allies have been at odds for decades.")
        XCTAssertTrue(found.isSuperset(of: ["greece member_of nato", "turkey member_of nato"]), "\(found)")
    }
}
