import XCTest

/// Graphs that once broke the drawing: edge labels whose ends fall on one rank of a `dot`
/// layout with clusters made Graphviz 2.42 corrupt the heap (the process aborted).
final class RenderRobustnessTests: XCTestCase {
    func testLabelledEdgesOnOneRankRenderInEveryFormat() throws {
        let graph = "Tests/Fixtures/graphs/labels-on-one-rank.json"
        for format in ["svg", "png", "html"] {
            let result = try CLIRunner.run(["render", "--graph", graph, "--format", format])
            XCTAssertEqual(result.status, 0, "\(format): \(result.stderr)")
            XCTAssertGreaterThan(result.stdout.count, 1000, format)
        }
        let dot = try CLIRunner.run(["render", "--graph", graph, "--format", "dot"])
        XCTAssertTrue(dot.text.contains("xlabel=\"met with\""), dot.text)
        XCTAssertFalse(dot.text.contains("-> n") && dot.text.contains(" [label=\"met with\""))
    }
}
