import XCTest
import EntityGraph
@testable import Extraction

/// The head of a body placed "في" a state ("رئيس المجلس العسكري الحاكم في غينيا") is named after
/// it, or after a comma and a rank; an English border participle after an apposition naming
/// blocs is the apposition's head's; after a headline's colon the verbs have their own subject.
final class JuntaHeadsAndHeadlineClausesTests: XCTestCase {
    func testTheHeadOfABodyPlacedInAStateIsNamedAfterIt() {
        let graph = sharedExtractor.extract(text: "واستقبل بوتين رئيس المجلس العسكري في تشاد محمد إدريس ديبي.", document: "t.txt", date: nil)
        let head = graph.relations.first { $0.type == .holdsRole && $0.target == "chad_junta" }
        XCTAssertEqual(head.map { role(graph, $0.source, "chad_junta") }, "president")
        XCTAssertTrue(graph.relations.contains { $0.type == .metWith && [$0.source, $0.target].contains(head?.source ?? "-") })
        XCTAssertFalse(graph.relations.contains { $0.source == "putin" && $0.type == .metWith && $0.target == "chad" })
    }

    func testARankAfterACommaLeadsToTheHoldersName() {
        let found = edges("واستقبل الرئيس الروسي رئيس المجلس العسكري الحاكم في غينيا، الجنرال مامادي دومبويا، في الكرملين.")
        XCTAssertTrue(found.contains { $0.hasSuffix("holds_role guinea_junta") && !$0.hasPrefix("putin") })
        XCTAssertFalse(found.contains("putin met_with guinea"))
    }

    func testABorderParticipleAfterBlocsInAppositionIsTheHeads() {
        let found = edges("Estonia, an EU and NATO member bordering Russia, has expelled a diplomat.")
        XCTAssertTrue(found.isSuperset(of: ["estonia borders russia", "estonia member_of nato", "estonia member_of european_union"]))
    }

    func testVerbsAfterAHeadlinesColonHaveTheirOwnSubject() {
        let found = edges("Merz in Warsaw: Poland welcomes Patriots, backs Germany's plan")
        XCTAssertTrue(found.contains("poland supports germany"))
        XCTAssertFalse(found.contains { $0.hasPrefix("merz supports") })
    }
}
