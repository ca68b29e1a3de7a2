import XCTest
import EntityGraph
@testable import Extraction

/// Signatories named after the side they sign for; a subject of two states sharing a border; a
/// verb after "من دون أن" is negated; a border "with" said of a main subject naming two states
/// belongs to neither; groups, regions, blocs and companies of the lexicon (Jaish al-Adl,
/// Sistan-Baluchestan, the Arab Maghreb Union, Chevron, NewMed Energy); an English gerund of
/// recalling an ambassador.
final class SigningSidesAndSharedBordersTests: XCTestCase {
    func testASignatoryHoldsHisTitleInTheSideHeSignsFor() {
        let graph = sharedExtractor.extract(text: "ووقعها عن الجانب القبرصي وزير الطاقة جورج بابانستاسيو.", document: "t", date: "2025-11-26")
        XCTAssertEqual(role(graph, "jorj_babanstasio", "cyprus"), "minister")
        let found = edges("ووقّعها عن الجانب اللبناني وزير الأشغال العامة والنقل فايز رسامني.", date: "2025-11-26")
        XCTAssertTrue(found.contains("faiz_rsamni holds_role lebanon"), "\(found)")
    }

    func testAPairOfStatesSharingABorder() {
        XCTAssertTrue(edges("Iran and Pakistan share a 900-km (560-mile) border.", date: "2024-01-18").contains("iran borders pakistan"))
        XCTAssertTrue(edges("Iran attacked Pakistan on Tuesday. The two neighbours share a long border.", date: "2024-01-18")
            .contains("iran borders pakistan"))
        let intelligence = edges("Iran and Pakistan share intelligence on the border.", date: "2024-01-18")
        XCTAssertFalse(intelligence.contains("iran borders pakistan"), "\(intelligence)")
    }

    func testAVerbAfterWithoutIsNegated() {
        let found = edges("وقّع لبنان وإسرائيل اتفاقا لترسيم الحدود البحرية بينهما، من دون أن يعترف لبنان بإسرائيل.", date: "2022-10-27")
        let recognition = sharedExtractor.extract(text: "من دون أن يعترف لبنان بإسرائيل.", document: "t", date: "2022-10-27")
        XCTAssertTrue(found.contains("israel cooperates_with lebanon"), "\(found)")
        XCTAssertTrue(recognition.relations.isEmpty, "\(recognition.relations)")
    }

    func testABorderWithSaidOfAPairBelongsToNeither() {
        let found = edges("""
            وقّع لبنان وقبرص اتفاقية. وكان البلدان قد توصلا عام 2007 إلى اتفاق أولي، إلا أن البرلمان اللبناني لم يصادق عليه بسبب اعتراضات \
            على الإحداثيات المتصلة بالحدود مع إسرائيل.
            """, date: "2025-11-26")
        XCTAssertFalse(found.contains { $0.contains(" borders ") }, "\(found)")
    }

    func testGroupsRegionsAndBlocsOfTheLexicon() {
        let found = edges("""
            Iran's Revolutionary Guards struck bases of Jaish al-Adl in Pakistan. Pakistan struck hideouts in Iran's Sistan-Baluchestan \
            province.
            """, date: "2024-01-18")
        XCTAssertTrue(found.contains("irgc attacks jaish_al_adl"), "\(found)")
        XCTAssertTrue(found.contains("sistan_baluchestan located_in iran"), "\(found)")
        XCTAssertTrue(edges("وتأتي القمة في ظل جمود اتحاد المغرب العربي، الذي يضم أيضا المغرب وموريتانيا.", date: "2024-04-22")
            .contains("mauritania member_of arab_maghreb_union"))
        let gas = sharedExtractor.extract(text: "Leviathan is operated by U.S. energy major Chevron alongside NewMed Energy.",
                                          document: "t", date: "2025-08-07")
        XCTAssertEqual(gas.entity(id: "chevron")?.kind, .organization)
        XCTAssertEqual(gas.entity(id: "newmed")?.kind, .organization)
    }

    func testRecallingAnAmbassadorInTheGerund() {
        XCTAssertTrue(edges("Pakistan responded by recalling its ambassador from Tehran.", date: "2024-01-18").contains("pakistan sanctions iran"))
    }
}
