import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import EntityGraph
@testable import Rendering

final class RenderingTests: XCTestCase {
    private let trickyName = "A \"quoted\" back\\slash <tag> & co\nsecond line \\N"

    private func graph() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(Entity(id: "nato", name: "NATO", kind: .alliance, labels: ["ar": "حلف شمال الأطلسي (الناتو) 1949"]))
        graph.add(Entity(id: "poland", name: "Poland", kind: .state, labels: ["ar": "بولندا"]))
        graph.add(Entity(id: "latvia", name: "Latvia", kind: .state, labels: ["ar": "لاتفيا"]))
        graph.add(Entity(id: "odd\"id\\", name: trickyName, kind: .organization))
        try graph.add(Relation(source: "poland", type: .memberOf, target: "nato"))
        try graph.add(Relation(source: "latvia", type: .memberOf, target: "nato"))
        try graph.add(Relation(source: "poland", type: .borders, target: "latvia",
                               evidence: [Evidence(document: "d", start: 0, end: 4, sentence: "x < y & \"z\"")]))
        try graph.add(Relation(source: "odd\"id\\", type: .criticizes, target: "poland"))
        return graph
    }

    func testDOTQuotingEscapesBackslashFirstThenQuotesAndNewlines() {
        XCTAssertEqual(DOTEscaping.quoted("a\"b"), "\"a\\\"b\"")
        XCTAssertEqual(DOTEscaping.quoted("ends with \\"), "\"ends with \\\\\"")
        XCTAssertEqual(DOTEscaping.quoted("x\ny"), "\"x\\ny\"")
        XCTAssertEqual(DOTEscaping.quoted("\\N"), "\"\\\\N\"")
        XCTAssertEqual(DOTEscaping.html("<b> & \"q\" 'a'"), "&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;")
        XCTAssertEqual(DOTEscaping.isolatingBidi("NATO"), "NATO")
        XCTAssertEqual(DOTEscaping.isolatingBidi("الناتو 1949"), "\u{2067}الناتو 1949\u{2069}")
    }

    func testAllianceMembersAreDrawnInOneClusterEach() throws {
        let plan = ClusterPlan(try graph())
        XCTAssertEqual(plan.members, ["nato": ["latvia", "nato", "poland"]])
        XCTAssertEqual(plan.roots, ["nato"])
        let dot = DOTWriter().dot(try graph())
        XCTAssertEqual(dot.components(separatedBy: "subgraph \"cluster_").count - 1, 1)
        XCTAssertTrue(dot.contains("dir=none"))
        XCTAssertTrue(dot.contains("label=\"member of\""))
    }

    func testSVGIsWellFormedAndKeepsEscapedNamesAndArabicLabels() throws {
        let svg = try GraphRenderer().render(try graph(), layout: .dot, format: .svg).data
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(text.contains("بولندا"))
        XCTAssertTrue(text.contains("A &quot;quoted&quot; back\\slash &lt;tag&gt; &amp; co"))
        XCTAssertTrue(text.contains("second line \\N"))
        let parser = XMLParser(data: svg)
        XCTAssertTrue(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))")
    }

    func testOutputIsIdenticalAcrossRunsAndEveryLayoutWorks() throws {
        let graph = try graph()
        let first = try GraphRenderer().render(graph, format: .svg).data
        let second = try GraphRenderer().render(graph, format: .svg).data
        XCTAssertEqual(first, second)
        for layout in LayoutEngine.allCases {
            let drawing = try GraphRenderer().render(graph, layout: layout, format: .svg)
            XCTAssertTrue(String(decoding: drawing.data, as: UTF8.self).hasSuffix("</svg>\n"), "\(layout)")
        }
        let png = try GraphRenderer().render(graph, format: .png).data
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        let pdf = try GraphRenderer().render(graph, format: .pdf).data
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
    }

    func testGraphvizErrorsBecomeSwiftErrors() {
        XCTAssertThrowsError(try GraphvizRenderer.shared.render(dot: "digraph { a -> }", layout: .dot, format: .svg)) { error in
            guard case RenderError.syntax(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("syntax error"), message)
        }
        XCTAssertNoThrow(try GraphvizRenderer.shared.render(dot: "digraph { a -> b }", layout: .neato, format: .svg))
    }

    func testConcurrentRendersAreSerialisedSafely() throws {
        let graph = try graph()
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            if (try? GraphRenderer().render(graph, format: .svg)) == nil { failures.increment() }
        }
        XCTAssertEqual(failures.value, 0)
    }
}

/// A thread-safe counter for the concurrency test.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    func increment() { lock.lock(); count += 1; lock.unlock() }
}

final class DOTReadingTests: XCTestCase {
    func testDOTRoundTripThroughGraphvizParser() throws {
        var graph = EntityGraph()
        let tricky = "Q \"quoted\" <b> & 'x'\nline \\ end\\"
        graph.add(Entity(id: "belarus", name: "Belarus", kind: .state, labels: ["ar": "بيلاروس"], aliases: ["روسيا البيضاء"]))
        graph.add(Entity(id: "odd\\id%", name: tricky, kind: .organization))
        try graph.add(Relation(source: "belarus", type: .borders, target: "odd\\id%", attributes: ["direction": "west"], confidence: 0.85))
        let text = String(decoding: DOTInterchange.encode(graph), as: UTF8.self)
        let back = try ParsedDOT.entityGraph(fromDOT: text)
        XCTAssertEqual(back.entities.map(\.id), ["belarus", "odd\\id%"])
        XCTAssertEqual(back.entity(id: "odd\\id%")?.name, tricky)
        XCTAssertEqual(back.entity(id: "belarus")?.labels["ar"], "بيلاروس")
        XCTAssertEqual(back.relations.first?.attributes, ["direction": "west"])
        XCTAssertEqual(back.relations.first?.confidence, 0.85)
    }

    func testForeignDOTGivesNodesAndLabelledEdges() throws {
        let graph = try ParsedDOT.entityGraph(fromDOT: "digraph { a [label=\"Alpha\"]; a -> b [label=\"supports\"]; }")
        XCTAssertEqual(graph.entity(id: "a")?.name, "Alpha")
        XCTAssertNotNil(graph.relation(source: "a", type: .supports, target: "b"))
        XCTAssertThrowsError(try ParsedDOT.entityGraph(fromDOT: "digraph { a -> }"))
    }
}

final class DiagramStyleTests: XCTestCase {
    private func graph() throws -> EntityGraph {
        var graph = EntityGraph()
        for (id, kind) in [("nato", EntityKind.alliance), ("east", .alliance), ("poland", .state), ("latvia", .state),
                           ("germany", .state), ("russia", .state), ("putin", .person)] {
            graph.add(Entity(id: id, name: id.capitalized, kind: kind, labels: ["ar": "عربي " + id]))
        }
        try graph.add(Relation(source: "east", type: .partOf, target: "nato"))
        for member in ["poland", "latvia"] { try graph.add(Relation(source: member, type: .memberOf, target: "east")) }
        for member in ["poland", "germany"] { try graph.add(Relation(source: member, type: .memberOf, target: "nato")) }
        try graph.add(Relation(source: "putin", type: .holdsRole, target: "russia"))
        let evidence = (0..<8).map { Evidence(document: "d\($0).txt", start: 0, end: 1, sentence: "s\($0)") }
        try graph.add(Relation(source: "russia", type: .criticizes, target: "poland", attributes: ["date": "2024-01-02"], evidence: evidence))
        return graph
    }

    func testNestedBlocsAndTheMostSpecificCluster() throws {
        let plan = ClusterPlan(try graph())
        XCTAssertEqual(plan.roots, ["nato"])
        XCTAssertEqual(plan.children, ["nato": ["east"]])
        XCTAssertEqual(plan.members["east"], ["east", "latvia", "poland"], "Poland is in both; the smaller bloc wins")
        XCTAssertEqual(plan.members["nato"], ["germany", "nato"])
    }

    func testTonesWidthsDatesAndLabelLanguages() throws {
        let dot = DOTWriter(labels: .ar).dot(try graph())
        XCTAssertTrue(dot.contains("class=\"relation tone-hostile"), dot)
        XCTAssertTrue(dot.contains("class=\"relation tone-role"))
        XCTAssertTrue(dot.contains("penwidth=4.00"), "8 pieces of evidence: width 1 + log2(8)")
        XCTAssertTrue(dot.contains("label=\"criticizes\\n2024-01-02\""))
        XCTAssertTrue(dot.contains("[\u{2067}عربي putin\u{2069}]") || dot.contains("label=\"\u{2067}عربي putin\u{2069}\""))
        XCTAssertFalse(DOTWriter(labels: .en).dot(try graph()).contains("عربي"))
        XCTAssertTrue(dot.contains("[d0.txt] s0"), "tooltips name the document")
        XCTAssertEqual(dot.components(separatedBy: "subgraph \"cluster_").count - 1, 2)
    }

    func testHTMLPageIsSelfContained() throws {
        let page = String(decoding: try GraphRenderer().render(try graph(), format: .html).data, as: UTF8.self)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.contains("<svg"))
        XCTAssertFalse(page.contains("<script src"))
        XCTAssertFalse(page.contains("http://") && page.contains("<link"))
        XCTAssertTrue(page.contains("const neighbours={"))
    }
}

final class LargeDrawingTests: XCTestCase {
    func testLargeForceLayoutsDrawStraightEdges() throws {
        var graph = EntityGraph()
        for number in 0..<150 { graph.add(Entity(id: "e\(number)", name: "E\(number)", kind: .state)) }
        for number in 1..<150 { try graph.add(Relation(source: "e0", type: .borders, target: "e\(number)")) }
        XCTAssertFalse(DOTWriter().dot(graph, layout: .sfdp).contains("splines=true"), "spline routing takes minutes on hundreds of nodes")
        XCTAssertTrue(DOTWriter().dot(graph.subgraph(["e0", "e1"]), layout: .neato).contains("splines=true"))
        let drawing = try GraphRenderer().render(graph, layout: .sfdp, format: .svg)
        XCTAssertTrue(String(decoding: drawing.data, as: UTF8.self).hasSuffix("</svg>\n"))
    }
}
