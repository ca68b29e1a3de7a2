import XCTest
@testable import Extraction

/// Venues opened by ب set off by commas, objects spelled out after "هما", embargoes and bans,
/// talks with "his counterpart", one of two people named again after "حيث", and the people,
/// islands and staffs the lexicon learnt with them.
final class EmbargoesAndNamedObjectsTests: XCTestCase {
    func testAVenueOpenedByAPrepositionLeavesTheGuestTheObject() {
        let text = "استقبل رئيس دولة فلسطين محمود عباس، اليوم الثلاثاء، بمقر الرئاسة في مدينة رام الله، وزيرة الخارجية البريطانية إيفيت كوبر."
        XCTAssertTrue(edges(text, date: "2025-10-07").contains("mahmoud_abbas met_with yvette_cooper"), "\(edges(text, date: "2025-10-07"))")
    }

    func testAnObjectSpelledOutAfterANamingPronounIsThePeopleNamed() {
        let found = edges("وكانت بريطانيا قد فرضت عقوبات على وزيرين إسرائيليين متطرفين هما إيتمار بن غفير وبتسلئيل سموتريتش.")
        XCTAssertTrue(found.isSuperset(of: ["united_kingdom sanctions ben_gvir", "united_kingdom sanctions smotrich"]), "\(found)")
        XCTAssertFalse(found.contains("united_kingdom sanctions israel"), "\(found)")
    }

    func testAnEmbargoIsASanctionAndATradeBannedIsNoCooperation() {
        XCTAssertTrue(edges("Spain approves arms embargo on Israel as diplomatic row deepens.").contains("spain sanctions israel"))
        let banned = edges("Spain approved a law banning the sale and purchase of weapons to and from Israel.")
        XCTAssertFalse(banned.contains { $0.contains("cooperates_with") }, "\(banned)")
    }

    func testTheSenkakuIslandsAreJapans() {
        let graph = sharedExtractor.extract(text: "Chinese coast guard vessels entered waters around the Senkaku Islands.", document: "t.txt")
        XCTAssertNotNil(graph.entity(id: "senkaku"))
    }

    func testTalksWithAPossessedCounterpartAreWithTheCounterpart() {
        let text = "Syrian Foreign Minister Asaad al-Shaibani, speaking after talks with his Turkish counterpart Hakan Fidan in Ankara, said Damascus would not accept division."
        XCTAssertTrue(edges(text).contains("fidan met_with shaibani"), "\(edges(text))")
    }

    func testOneOfTwoPeopleNamedAfterADroppedSubjectMarkerIsTheSubject() {
        let text = "وقال المتحدث إن وزير الخارجية المصري بدر عبد العاطي ونظيره الإيراني عباس عراقجي بحثا تطورات الأوضاع في لبنان، "
            + "حيث أدان عبد العاطي الاعتداءات الإسرائيلية المتكررة على الأراضي اللبنانية."
        let found = edges(text, date: "2025-11-10")
        XCTAssertTrue(found.contains("abdelatty criticizes israel"), "\(found)")
        XCTAssertFalse(found.contains("araghchi criticizes israel"), "\(found)")
    }

    func testAJointChiefsOfStaffIsAStatesGeneralStaff() {
        XCTAssertTrue(edges("South Korea's Joint Chiefs of Staff said it had strengthened surveillance.").contains("south_korea_general_staff part_of south_korea"))
    }
}
