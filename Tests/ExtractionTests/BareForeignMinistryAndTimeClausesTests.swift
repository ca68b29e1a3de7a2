import XCTest
import EntityGraph
@testable import Extraction

/// "الخارجية" alone after a foreign ministry was named, the subject of a joined verb after a
/// fronted Arabic time clause, and an English title after a possessive and a preposition.
final class BareForeignMinistryAndTimeClausesTests: XCTestCase {
    func testBareForeignMinistryIsTheOneNamedBefore() {
        let found = edges("أدانت وزارة الخارجية العراقية القصف. وقالت الخارجية في بيان إن القصف انتهاك، داعية مجلس الأمن الدولي إلى التحرك.")
        XCTAssertTrue(found.contains("iraq requests un_security_council"), "\(found)")
        XCTAssertFalse(found.contains("un_security_council requests iraq"), "\(found)")
    }

    func testForeignAsAnAdjectiveIsNoMinistry() {
        let found = edges("أدانت وزارة الخارجية العراقية القصف. وانتقدت السياسة الخارجية لتركيا.")
        XCTAssertFalse(found.contains("iraq_foreign_ministry criticizes turkey"), "\(found)")
    }

    func testJoinedVerbAfterFrontedTimeClauseKeepsTheMainSubject() {
        let found = edges("ومنذ سقوط حكومة الرئيس السوداني عمر البشير في أبريل 2019، دخلت القوات المصرية إلى المنطقة، وشنت غارات على مواقع ليبية.")
        XCTAssertTrue(found.contains("egypt attacks libya"), "\(found)")
        XCTAssertFalse(found.contains("omar_al_bashir attacks libya"), "\(found)")
        XCTAssertFalse(found.contains("sudan attacks libya"), "\(found)")
    }

    func testTitleAfterAPossessiveAndAPrepositionIsNotThePossessors() {
        let found = edges("It marks an escalation of Beijing's pressure over Prime Minister Sanae Takaichi's remarks.")
        XCTAssertTrue(found.contains("takaichi holds_role japan"), "\(found)")
        let described = edges("Colombia's populist president Gustavo Petro spoke in Bogota.")
        XCTAssertTrue(described.contains("gustavo_petro holds_role colombia"), "\(described)")
    }
}
