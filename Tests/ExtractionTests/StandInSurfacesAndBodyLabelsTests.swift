import XCTest
@testable import Extraction

/// Words that stand for a state without naming it are no alias of it, and a body made for the
/// document is labelled in Arabic only by Arabic words, in their order.
final class StandInSurfacesAndBodyLabelsTests: XCTestCase {
    func testOfficialsAndDelegationsAreNoAliasOfTheirState() {
        let graph = sharedExtractor.extract(text: "Chinese officials met delegations from Egypt in Moscow.", document: "t.txt")
        XCTAssertEqual(graph.entity(id: "china")?.aliases.filter { $0.hasPrefix("Chinese") }, [])
        XCTAssertEqual(graph.entity(id: "egypt")?.aliases.filter { $0.contains("delegation") }, [])
        let arabic = sharedExtractor.extract(text: "وصل وفد من مصر إلى الدوحة.", document: "t.txt")
        XCTAssertEqual(arabic.entity(id: "egypt")?.aliases.filter { $0.contains("وفد") }, [])
    }

    func testABodyNamedInEnglishHasNoArabicLabel() {
        let graph = sharedExtractor.extract(text: "India's foreign ministry said in a statement.", document: "t.txt")
        XCTAssertEqual(graph.entity(id: "india_foreign_ministry")?.labels, ["en": "Indian Ministry of Foreign Affairs"])
    }

    func testAnArabicBodySharingItsNounIsLabelledInArabicOrder() {
        let graph = sharedExtractor.extract(text: "اندلعت اشتباكات حدودية بين القوات الباكستانية والأفغانية.", document: "t.txt")
        XCTAssertEqual(graph.entity(id: "afghanistan_army")?.labels["ar"], "القوات الأفغانية")
    }
}
