import XCTest
@testable import EntityGraph

final class EntityGraphTests: XCTestCase {
    private func sample() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(Entity(id: "belarus", name: "Belarus", kind: .state, labels: ["ar": "بيلاروس"], aliases: ["بيلاروسيا"]))
        graph.add(Entity(id: "poland", name: "Poland", kind: .state))
        graph.add(Entity(id: "nato", name: "NATO", kind: .alliance, aliases: ["حلف شمال الأطلسي"]))
        try graph.add(Relation(source: "poland", type: .borders, target: "belarus", attributes: ["direction": "east"],
                               evidence: [Evidence(document: "a.txt", start: 5, end: 9, sentence: "s1")], confidence: 0.8))
        try graph.add(Relation(source: "poland", type: .memberOf, target: "nato"))
        return graph
    }

    func testRelationsOfOneTypeAreThoseOfTheFullListInItsOrder() throws {
        var graph = try sample()
        try graph.add(Relation(source: "belarus", type: .memberOf, target: "nato"))
        XCTAssertEqual(graph.relations(ofType: .memberOf).map(\.source), ["belarus", "poland"])
        XCTAssertEqual(graph.relations(ofType: .memberOf), graph.relations.filter { $0.type == .memberOf })
        XCTAssertEqual(graph.relations(ofType: .attacks), [])
    }

    func testMentionsOfOneEntityMergeIntoOneNode() {
        var graph = EntityGraph()
        graph.add(Entity(id: "belarus", name: "Belarus", kind: .state, aliases: ["بيلاروس"]))
        graph.add(Entity(id: "belarus", name: "Belarus", kind: .state, labels: ["ar": "بيلاروس"], aliases: ["روسيا البيضاء"]))
        XCTAssertEqual(graph.entityCount, 1)
        XCTAssertEqual(graph.entity(id: "belarus")?.aliases, ["Belarus", "بيلاروس", "روسيا البيضاء"])
        XCTAssertEqual(graph.entity(id: "belarus")?.labels["ar"], "بيلاروس")
    }

    func testMergingInEitherOrderGivesTheSameLabels() {
        let first = Entity(id: "us_army", name: "American Armed Forces", kind: .organization, labels: ["ar": "الجيش الأميركي"])
        let second = Entity(id: "us_army", name: "American Armed Forces", kind: .organization, labels: ["ar": "القوات الأمريكية"])
        var one = first, two = second
        one.merge(second)
        two.merge(first)
        XCTAssertEqual(one.labels, two.labels)
        XCTAssertEqual(one.labels["ar"], "الجيش الأميركي")
    }

    func testMergingInEitherOrderGivesTheSameName() {
        let first = Entity(id: "dovile_sakaliene", name: "Dovilė Šakalienė", kind: .person)
        let second = Entity(id: "dovile_sakaliene", name: "Dovile Sakaliene", kind: .person)
        var one = first, two = second
        one.merge(second)
        two.merge(first)
        XCTAssertEqual(one.name, "Dovile Sakaliene")
        XCTAssertEqual(two.name, "Dovile Sakaliene")
        XCTAssertEqual(one.aliases, two.aliases)
        XCTAssertTrue(one.aliases.contains("Dovilė Šakalienė"))
    }

    func testConflictingAttributesMergeToTheEarliestReadingInAnyOrder() throws {
        let readings = [
            Relation(source: "belarus", type: .cooperatesWith, target: "poland",
                     evidence: [Evidence(document: "a.txt", start: 1, end: 2, sentence: "s")]),
            Relation(source: "belarus", type: .cooperatesWith, target: "poland", attributes: ["date": "1994"],
                     evidence: [Evidence(document: "c.txt", start: 1, end: 2, sentence: "s")]),
            Relation(source: "belarus", type: .cooperatesWith, target: "poland", attributes: ["date": "1999"],
                     evidence: [Evidence(document: "b.txt", start: 1, end: 2, sentence: "s")]),
        ]
        var dates: Set<String> = []
        for order in [[0, 1, 2], [0, 2, 1], [1, 2, 0], [2, 1, 0]] {
            var graph = try sample()
            for index in order { try graph.add(readings[index]) }
            dates.insert(graph.relation(source: "belarus", type: .cooperatesWith, target: "poland")?.attributes["date"] ?? "")
            var halves = (try sample(), try sample())
            try halves.0.add(readings[order[0]])
            try halves.1.add(readings[order[1]])
            try halves.1.add(readings[order[2]])
            halves.0.merge(halves.1)
            dates.insert(halves.0.relation(source: "belarus", type: .cooperatesWith, target: "poland")?.attributes["date"] ?? "")
        }
        XCTAssertEqual(dates, ["1999"], "b.txt is read before c.txt, whatever the order of adding and merging")
    }

    func testAnEdgeOneReadingAssertsIsAssertedInAnyOrder() throws {
        let readings = [
            Relation(source: "belarus", type: .cooperatesWith, target: "poland", attributes: ["modality": "planned"],
                     evidence: [Evidence(document: "a.txt", start: 1, end: 2, sentence: "s")]),
            Relation(source: "belarus", type: .cooperatesWith, target: "poland", attributes: ["date": "1999"],
                     evidence: [Evidence(document: "b.txt", start: 1, end: 2, sentence: "s")]),
            Relation(source: "belarus", type: .cooperatesWith, target: "poland", attributes: ["modality": "reported"],
                     evidence: [Evidence(document: "c.txt", start: 1, end: 2, sentence: "s")]),
        ]
        for order in [[0, 1, 2], [0, 2, 1], [1, 2, 0], [2, 1, 0], [2, 0, 1]] {
            var graph = try sample()
            for index in order { try graph.add(readings[index]) }
            XCTAssertEqual(graph.relation(source: "belarus", type: .cooperatesWith, target: "poland")?.attributes, ["date": "1999"], "\(order)")
            var halves = (try sample(), try sample())
            try halves.0.add(readings[order[0]])
            try halves.1.add(readings[order[1]])
            try halves.1.add(readings[order[2]])
            halves.0.merge(halves.1)
            XCTAssertEqual(halves.0.relation(source: "belarus", type: .cooperatesWith, target: "poland")?.attributes, ["date": "1999"], "\(order)")
        }
        var planned = try sample()
        try planned.add(readings[2])
        try planned.add(readings[0])
        XCTAssertEqual(planned.relation(source: "belarus", type: .cooperatesWith, target: "poland")?.attributes, ["modality": "planned"],
                       "with no asserting reading, the earliest modality stays")
    }

    func testSymmetricRelationIsStoredOnceWithAllEvidence() throws {
        var graph = try sample()
        try graph.add(Relation(source: "belarus", type: .borders, target: "poland",
                               evidence: [Evidence(document: "b.txt", start: 1, end: 3, sentence: "s2")], confidence: 0.9))
        XCTAssertEqual(graph.relationCount, 2)
        let edge = try XCTUnwrap(graph.relation(source: "poland", type: .borders, target: "belarus"))
        XCTAssertEqual(edge.source, "belarus")
        XCTAssertEqual(edge.target, "poland")
        XCTAssertEqual(edge.evidence.map(\.document), ["a.txt", "b.txt"])
        XCTAssertEqual(edge.confidence, 0.9)
        XCTAssertEqual(edge.attributes, ["direction": "east"])
    }

    func testRepeatedEvidenceIsKeptOnceAndSourcesAreSortedAndUnique() throws {
        var graph = try sample()
        graph.addSource("b.txt")
        graph.addSource("a.txt")
        graph.merge(try sample())
        graph.merge(graph)
        let edge = try XCTUnwrap(graph.relation(source: "poland", type: .borders, target: "belarus"))
        XCTAssertEqual(edge.evidence, [Evidence(document: "a.txt", start: 5, end: 9, sentence: "s1")])
        XCTAssertEqual(graph.sources, ["a.txt", "b.txt"])
    }

    func testDirectedRelationsInBothDirectionsAreTwoEdges() throws {
        var graph = try sample()
        try graph.add(Relation(source: "nato", type: .memberOf, target: "poland"))
        XCTAssertEqual(graph.relationCount, 3)
    }

    func testRelationToUnknownEntityIsRejected() throws {
        var graph = try sample()
        XCTAssertThrowsError(try graph.add(Relation(source: "poland", type: .attacks, target: "mars"))) { error in
            XCTAssertEqual("\(error)", "edge names a node that does not exist: \"mars\"")
        }
    }

    func testVocabularyKnowsSymmetryAndCameoRoots() {
        let vocabulary = RelationVocabulary.core
        XCTAssertEqual(vocabulary.types.count, 16)
        XCTAssertEqual(Set(vocabulary.types.filter(\.value.isSymmetric).keys),
                       [.borders, .alliedWith, .metWith, .cooperatesWith])
        XCTAssertEqual(vocabulary.cameoRoot(.metWith), "04")
        XCTAssertEqual(vocabulary.cameoRoot(.attacks), "18")
        XCTAssertNil(vocabulary.cameoRoot(.memberOf))
        var extended = vocabulary
        extended.define(RelationType("trades_with"), RelationTypeInfo(isSymmetric: true, cameoRoot: "06", summary: "trade"))
        XCTAssertTrue(extended.isSymmetric(RelationType("trades_with")))
    }

    func testLookupByIdNameAliasAndArabicVariants() throws {
        let index = NameIndex(try sample())
        XCTAssertEqual(index.entity(named: "belarus")?.id, "belarus")
        XCTAssertEqual(index.entity(named: "BELARUS")?.id, "belarus")
        XCTAssertEqual(index.entity(named: "بيلاروسيا")?.id, "belarus")
        XCTAssertEqual(index.entity(named: "بِيلارُوس")?.id, "belarus")
        XCTAssertEqual(index.entity(named: "حلف شمال الاطلسى")?.id, "nato")
        XCTAssertEqual(index.entity(named: "the NATO")?.id, "nato")
        XCTAssertNil(index.entity(named: "Belarusia"))
        XCTAssertEqual(index.suggestions(for: "Belarusia"), ["Belarus"])
    }

    func testFoldingUnifiesArabicLetterForms() {
        XCTAssertEqual(NameFolding.fold("أوكرانيا"), NameFolding.fold("اوكرانيا"))
        XCTAssertEqual(NameFolding.fold("الكرة"), "الكره")
        XCTAssertEqual(NameFolding.fold("مستشفى"), "مستشفي")
        XCTAssertEqual(NameFolding.fold("روسـيـا"), "روسيا")
        XCTAssertEqual(NameFolding.fold("گ ک ی پ چ ژ ڤ"), "غ ك ي ب ج ز ف", "گ is the G of foreign names, like غ")
        XCTAssertEqual(NameFolding.fold("٢٠٢٣"), "2023")
    }
}
