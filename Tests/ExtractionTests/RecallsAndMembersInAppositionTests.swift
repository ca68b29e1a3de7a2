import XCTest
import EntityGraph
@testable import Extraction

/// A state recalling its own envoy with its name between the verb and the envoy ("استدعت فرنسا
/// سفيرها") reduces relations, summoning another's envoy criticises; a state whose name is also
/// a common word is the state right after a feminine verb ("أعلنت مالي"); a group spelled out
/// between commas ("دول البلطيق، إستونيا ولاتفيا وليتوانيا،") acts with its members and is
/// followed by the verb's object, and the last two states of a longer list are no pair ("البلدين");
/// given names that carry the article ("المنهل").
final class RecallsAndMembersInAppositionTests: XCTestCase {
    func testRecallingItsOwnEnvoyAfterItsNameReducesRelations() {
        let found = edges("استدعت فرنسا سفيرها في الجزائر للتشاور.", date: "2025-04-07")
        XCTAssertTrue(found.contains("france sanctions algeria"))
        XCTAssertFalse(found.contains("france criticizes algeria"))
        XCTAssertTrue(edges("سحبت السعودية سفيرها من لبنان.", date: "2025-04-07").contains("saudi_arabia sanctions lebanon"))
    }

    func testSummoningAnotherStatesEnvoyIsCriticism() {
        let found = edges("استدعت روسيا سفير فرنسا احتجاجا على التصريحات.", date: "2025-04-07")
        XCTAssertTrue(found.contains("russia criticizes france"))
        XCTAssertFalse(found.contains { $0.contains("sanctions") })
        XCTAssertTrue(edges("سحبت روسيا قواتها من سوريا.", date: "2025-04-07").isEmpty)
    }

    func testAStateNamedLikeAnAdjectiveIsTheStateAfterAFeminineVerb() {
        XCTAssertTrue(edges("اتهمت مالي الجزائر بإسقاط طائرة.", date: "2025-04-07").contains("mali criticizes algeria"))
        let graph = sharedExtractor.extract(text: "وبحثت الحكومة الوضع مالي. ويواجه البلد عجز مالي كبير.", document: "t", date: "2025-04-07")
        XCTAssertNil(graph.entity(id: "mali"))
    }

    func testAGroupSpelledOutBetweenCommasActsWithItsMembers() {
        let found = edges("انتقدت دول البلطيق، إستونيا ولاتفيا وليتوانيا، روسيا.", date: "2025-04-07")
        XCTAssertEqual(found.filter { $0.hasSuffix("criticizes russia") }.count, 4, "\(found)")
        XCTAssertFalse(found.contains { $0.hasSuffix("criticizes estonia") })
        let sahel = edges("أعلنت دول تحالف الساحل، مالي والنيجر وبوركينا فاسو، الأحد استدعاء سفرائها لدى الجزائر للتشاور.", date: "2025-04-07")
        XCTAssertTrue(["mali", "niger", "burkina_faso"].allSatisfy { sahel.contains("\($0) sanctions algeria") }, "\(sahel)")
    }

    func testAListAfterOneStateIsNoApposition() {
        let found = edges("انتقدت روسيا، الصين وإيران، العقوبات الأمريكية.", date: "2025-04-07")
        XCTAssertFalse(found.contains("china criticizes united_states"))
    }

    func testTwoStatesEndingALongerListAreNoPair() {
        let found = edges("أعلنت مالي والنيجر وبوركينا فاسو استدعاء سفرائها احتجاجا على إسقاط الجيش الجزائري طائرة تابعة للجيش المالي قرب الحدود بين البلدين.",
                          date: "2025-04-07")
        XCTAssertTrue(found.contains("algeria borders mali"), "\(found)")
        XCTAssertFalse(found.contains("burkina_faso borders niger"))
    }

    func testAGivenNameWithTheArticleNamesAPersonAfterATitle() {
        let found = edges("استقبل وزير الخارجية الكويتي عبدالله علي اليحيا السفير العراقي لدى الكويت المنهل الصافي.", date: "2025-04-17")
        XCTAssertTrue(found.contains { $0.hasSuffix("holds_role iraq") && $0.hasPrefix("almnhl") }, "\(found)")
        XCTAssertFalse(found.contains("abdullah_al_yahya met_with iraq"))
    }
}
