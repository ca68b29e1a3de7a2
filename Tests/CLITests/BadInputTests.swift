import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Every kind of bad input gets one line naming the problem and exit status 1, and leaves no file.
final class BadInputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try CLIRunner.temporaryFolder(removedAfter: self)
    }

    private func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    private func assertFails(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try CLIRunner.run(arguments, in: folder)
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, message + "\n", file: file, line: line)
        XCTAssertTrue(result.stdout.isEmpty, file: file, line: line)
    }

    func testMissingPathsEmptyFoldersAndFiles() throws {
        try assertFails(["extract", "nope.txt"], "no such file or folder: nope.txt")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try assertFails(["extract", "empty"], "no .txt files in folder empty")
        let empty = try write("empty.txt", Data())
        try assertFails(["extract", empty], "\(empty) is empty")
        try assertFails(["neighbours", "x", "--graph", "missing.json"], "no such file: missing.json")
    }

    func testInvalidUTF8IsRefusedSayingWhere() throws {
        let path = try write("latin1.txt", Data([0x61, 0x62, 0xE9, 0x74, 0xE9]))
        try assertFails(["extract", path], "\(path) is not valid UTF-8 (byte 2); refusing to guess its encoding")
    }

    func testMalformedGraphFilesSayWhere() throws {
        _ = try write("broken.json", Data("{\"directed\": true,\n \"nodes\": [x]}".utf8))
        try assertFails(["neighbours", "a", "--graph", "broken.json"], "broken.json: line 2, column 12: not valid JSON")
        _ = try write("dangling.json", Data("{\"directed\": true, \"multigraph\": true, \"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"x\"}]}".utf8))
        try assertFails(["render", "--graph", "dangling.json"], "dangling.json: edges[0]: edge names a node that does not exist: \"b\"")
        _ = try write("bad.tsv", Data("a\tborders\tb\nc\td\n".utf8))
        try assertFails(["neighbours", "a", "--graph", "bad.tsv"], "bad.tsv: line 2: expected source<TAB>type<TAB>target, found 2 field(s)")
        _ = try write("graph.xml", Data("<graph/>".utf8))
        try assertFails(["neighbours", "a", "--graph", "graph.xml"], "unknown graph format of graph.xml (expected .json, .tsv, .graphml or .dot)")
    }

    func testUnknownFormatLayoutAndOptions() throws {
        _ = try write("g.tsv", Data("a\tborders\tb\n".utf8))
        try assertFails(["render", "--graph", "g.tsv", "--format", "gif"], "unknown format \"gif\" (expected svg, png, pdf, dot, json or html)")
        try assertFails(["render", "--graph", "g.tsv", "--layout", "spring"], "unknown layout \"spring\" (expected dot, neato, fdp, sfdp or circo)")
        try assertFails(["neighbours", "a", "--graph", "g.tsv", "--direction", "up"], "unknown direction \"up\" (expected out, in or both)")
        try assertFails(["neighbours", "a", "--graph", "g.tsv", "--depth", "0"], "--depth must be at least 1, got 0")
        let parse = try CLIRunner.run(["render", "--bogus"], in: folder)
        XCTAssertNotEqual(parse.status, 0)
        XCTAssertEqual(parse.stderr.split(separator: "\n").count, 1, parse.stderr)
    }

    func testUnwritableOutputLeavesNoFile() throws {
        _ = try write("g.tsv", Data("a\tborders\tb\n".utf8))
        try assertFails(["render", "--graph", "g.tsv", "-o", "no/such/folder/g.svg"],
                        "cannot write no/such/folder/g.svg: folder no/such/folder does not exist")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("taken.svg"), withIntermediateDirectories: true)
        try assertFails(["render", "--graph", "g.tsv", "-o", "taken.svg"], "cannot write taken.svg: it is a folder")
        try assertFails(["render", "--graph", "g.tsv", "-o", "out.svg", "--focus", "zzz"], "no entity named \"zzz\"")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(left, ["g.tsv", "taken.svg"])
    }

    func testNamesWithMarkupAndQuotesAreEscapedInDOTAndSVG() throws {
        let name = "A \\\"q\\\" b\\\\s <t> & c\\nline"
        let json = """
        {"directed": true, "multigraph": true, "nodes": [{"id": "x", "name": "\(name)", "kind": "organization"}, {"id": "y", "name": "Y", "kind": "state"}],
         "edges": [{"source": "x", "target": "y", "type": "criticizes"}]}
        """
        _ = try write("odd.json", Data(json.utf8))
        let svg = try CLIRunner.run(["render", "--graph", "odd.json"], in: folder)
        XCTAssertEqual(svg.status, 0, svg.stderr)
        XCTAssertTrue(XMLParser(data: svg.stdout).parse())
        XCTAssertTrue(svg.text.contains("A &quot;q&quot; b\\s &lt;t&gt; &amp; c"), svg.text)
        XCTAssertTrue(svg.text.contains(">line</text>"))
        let dot = try CLIRunner.run(["render", "--graph", "odd.json", "--format", "dot"], in: folder)
        XCTAssertTrue(dot.text.contains("label=\"A \\\"q\\\" b\\\\s <t> & c\\nline\""), dot.text)
    }

    func testMalformedLexiconFileSaysWhere() throws {
        let article = try write("a.txt", Data("قال بوتين.".utf8))
        let broken = try write("broken.json", Data("{\"people\": [".utf8))
        try assertFails(["extract", article, "--lexicon", broken], "lexicon: \(broken) is invalid: not valid JSON")
        let wrong = try write("wrong.json", Data("{\"people\": [{\"id\": \"x\", \"en\": \"X\"}]}".utf8))
        try assertFails(["extract", article, "--lexicon", wrong], "lexicon: \(wrong) is invalid: missing field \"ar\" at .people[0]")
    }
}
