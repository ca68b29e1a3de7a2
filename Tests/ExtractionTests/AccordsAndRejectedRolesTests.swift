import XCTest
import EntityGraph
@testable import Extraction

/// A capital that names an agreement ("اتفاق القاهرة", "the Minsk agreements") is a place, not
/// its state acting, unless that state was named before or another party is joined to it;
/// refusing "any Turkish role" criticises Turkey, refusing talks criticises no one; "military"
/// after a nisba and before a noun ("any Turkish military role", "a Russian military base") is an
/// adjective, not the army.
final class AccordsAndRejectedRolesTests: XCTestCase {
    func testACapitalNamingAnAgreementIsNoPartyToIt() {
        let found = edges("علقت إيران العمل باتفاق القاهرة مع الوكالة الدولية للطاقة الذرية.", date: "2025-10-05")
        XCTAssertFalse(found.contains { $0.contains("egypt") })
        let graph = sharedExtractor.extract(text: "علقت إيران العمل باتفاق القاهرة مع الوكالة الدولية للطاقة الذرية.", document: "t", date: "2025-10-05")
        XCTAssertNotNil(graph.entity(id: "cairo"))
        XCTAssertNil(graph.entity(id: "egypt"))
    }

    func testAnEnglishAgreementNamedAfterACapitalIsKeptBetweenItsParties() {
        let found = edges("Iran suspended the Cairo agreement with the IAEA.", date: "2025-10-05")
        XCTAssertEqual(found, ["iran sanctions iaea"])
    }

    func testACapitalWhoseStateWasNamedBeforeStillActsInTheAgreement() {
        let found = edges("أعلنت إيران موقفها. ووقعت طهران اتفاقا مع الوكالة الدولية للطاقة الذرية، ثم علق اتفاق طهران مع الوكالة.", date: "2025-10-05")
        XCTAssertTrue(found.contains("iaea cooperates_with iran"))
        XCTAssertFalse(found.contains { $0.contains("egypt") })
    }

    func testRejectingAnyRoleOfAStateIsCriticismOfIt() {
        XCTAssertTrue(edges("Israel has rejected any Turkish military role in the enclave.", date: "2025-10-05").contains("israel criticizes turkey"))
        XCTAssertTrue(edges("Russia opposes any role for Turkey in Syria.", date: "2025-10-05").contains("russia criticizes turkey"))
        XCTAssertTrue(edges("وكانت إسرائيل قد رفضت أي دور تركي في القطاع.", date: "2025-10-05").contains("israel criticizes turkey"))
        XCTAssertTrue(edges("رفضت إسرائيل أي وجود عسكري تركي في غزة.", date: "2025-10-05").contains("israel criticizes turkey"))
    }

    func testRejectingTalksOrAnUnnamedRoleIsNoCriticism() {
        let found = edges("Moscow rejected any talks with Kyiv. Russia opposes any Western role in Moldova.", date: "2025-10-05")
        XCTAssertFalse(found.contains { $0.contains("criticizes") || $0.contains("met_with") })
        XCTAssertFalse(edges("لم ترفض إسرائيل أي دور تركي في القطاع.", date: "2025-10-05").contains { $0.contains("criticizes") })
    }

    func testMilitaryBeforeANounAfterANisbaIsAnAdjective() {
        let graph = sharedExtractor.extract(text: "Armenia hosts a Russian military base in the city of Gyumri.", document: "t", date: "2025-10-05")
        XCTAssertNil(graph.entity(id: "russia_army"))
        let army = edges("The Turkish military in Syria said it had hit targets.", date: "2025-10-05")
        XCTAssertTrue(army.contains("turkey_army part_of turkey"))
    }
}
