import XCTest
import EntityGraph
@testable import Extraction

/// A regional government deals with its own state, its seat acts for it, a place attacked stays
/// a place unless it stands for a state; a reported clause's own subject is not the speaker's.
final class RegionalGovernmentsAndReportedSubjectsTests: XCTestCase {
    func testARegionalGovernmentAgreesWithItsOwnState() {
        XCTAssertTrue(edges("ووقعت حكومة إقليم كردستان اتفاقا جديدا مع بغداد بشأن رواتب الموظفين.", date: "2025-11-20")
            .contains("iraq cooperates_with kurdistan_region"))
    }

    func testARegionalSeatActsForItsGovernment() {
        XCTAssertEqual(edges("وبحث الوزيران سبل تعزيز التعاون الاقتصادي بين أنقرة وأربيل.", date: "2025-11-20"),
                       ["kurdistan_region cooperates_with turkey"])
    }

    func testAnAttackOnARegionalSeatHitsThePlace() {
        let found = edges("وشنت إيران هجوما صاروخيا على أربيل الليلة الماضية.", date: "2025-11-20")
        XCTAssertTrue(found.contains("iran attacks erbil"))
        XCTAssertFalse(found.contains("iran attacks kurdistan_region"))
    }

    func testAnAttackOnACapitalStillHitsItsState() {
        XCTAssertTrue(edges("وشنت روسيا هجوما صاروخيا على كييف فجر الأحد.", date: "2025-11-20").contains("russia attacks ukraine"))
    }

    func testTheSubjectOfARelativeClauseWithAResumptivePronounHoldsTheAgreement() {
        XCTAssertEqual(edges("وأكد الوزير التزام بلاده بالاتفاق الذي توصلت إليه مصر مع السودان العام الماضي.", date: "2025-11-20"),
                       ["egypt cooperates_with sudan"])
    }

    func testAReportedClauseWithItsOwnSubjectIsNotTheSpeakers() {
        XCTAssertFalse(edges("Jordan said the local branch fired rockets into Israel last year.", date: "2025-11-20")
            .contains("jordan attacks israel"))
    }

    func testTheSpeakerGoesOnAfterAndOrAComma() {
        XCTAssertTrue(edges("Jordan said the drills were routine and accused Israel of escalating the conflict.", date: "2025-11-20")
            .contains("jordan criticizes israel"))
    }

    func testAnAbbreviatedTitleBeforeANewName() {
        XCTAssertEqual(edges("Florida Gov. Rick Thornbury criticized Cuba on Monday.", date: "2025-11-20"), ["rick_thornbury criticizes cuba"])
        XCTAssertEqual(personIDs(in: "Sen. Rick Thornbury criticized Cuba on Monday."), ["rick_thornbury"])
    }

    func testTheBrotherhoodAfterTheMuslimBrotherhoodIsTheGroup() {
        let found = edges("The Muslim Brotherhood was founded in Egypt in 1928. Kuwait outlawed the Brotherhood last year, "
                          + "and Bahrain designated the Brotherhood a terrorist organization.", date: "2025-11-20")
        XCTAssertTrue(found.isSuperset(of: ["kuwait sanctions muslim_brotherhood", "bahrain sanctions muslim_brotherhood"]))
    }

    func testTheBrotherhoodWithNoGroupNamedBeforeIsNothing() {
        XCTAssertEqual(edges("Kuwait outlawed the Brotherhood last year.", date: "2025-11-20"), [])
    }

    func testAFormerHoldersTitleNamesHisState() {
        XCTAssertTrue(edges("The army ousted President Mohammed Morsi in 2013.", date: "2025-11-20").contains("mohammed_morsi holds_role egypt"))
        XCTAssertTrue(edges("وأطاح الجيش بالرئيس محمد مرسي عام 2013.", date: "2025-11-20").contains("mohammed_morsi holds_role egypt"))
    }

    func testANewSpellingOfTheCurrentHolderAfterAFormerOneIsTheCurrentHolder() {
        let found = edges("Relations soured after the army ousted President Mohammed Morsi in 2013. "
                          + "Egyptian President Abdel Fattah el-Sissi later visited Ankara.")
        XCTAssertTrue(found.contains("sisi holds_role egypt"))
    }

    func testIraqsOilMarketerByItsShortNameOnlyInContext() {
        XCTAssertTrue(entityKinds(in: "وقالت شركة تسويق النفط العراقية إن الصادرات ارتفعت. وأكدت سومو أن الكميات زادت.").contains("somo organization"))
        XCTAssertFalse(entityKinds(in: "وفاز المصارع الياباني في بطولة سومو الكبرى.").contains("somo organization"))
    }
}
