import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GoldScoring
import XCTest

/// The seed article through the built binary: extraction quality, neighbours, rendering, determinism.
final class SeedEndToEndTests: XCTestCase {
    private func extractSeed(to folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("graph.json")
        let result = try CLIRunner.run(["extract", "seeds", "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return output
    }

    func testSeedScoresAboveTheThresholdsAgainstItsGold() throws {
        let folder = try CLIRunner.temporaryFolder(removedAfter: self)
        let graph = try JSONSerialization.jsonObject(with: Data(contentsOf: try extractSeed(to: folder))) as! [String: Any]
        let goldFolder = CLIRunner.repository.appendingPathComponent("Tests/Fixtures/gold")
        for file in try FileManager.default.contentsOfDirectory(atPath: goldFolder.path) where file.hasSuffix(".gold.json") {
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldFolder.appendingPathComponent(file))) as! [String: Any]
            let score = GoldScorer.score(graph: graph, gold: gold)
            XCTAssertGreaterThanOrEqual(score.entityF1, 0.90, "missing \(score.missingEntities), spurious \(score.spuriousEntities)")
            XCTAssertGreaterThanOrEqual(score.relationF1, 0.60, "missing \(score.missingRelations), spurious \(score.spuriousRelations)")
            XCTAssertGreaterThanOrEqual(score.relationF1, 0.85, "regression below today's level: missing \(score.missingRelations), spurious \(score.spuriousRelations)")
        }
    }

    func testNeighboursOfBelarusListItsNeighboursAndBlocs() throws {
        let result = try CLIRunner.run(["neighbours", "Belarus", "seeds"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for name in ["Alexander Lukashenko", "Poland", "Lithuania", "Latvia", "Russia", "Union State"] {
            XCTAssertTrue(result.text.contains("\n  \(name) "), "\(name) missing from:\n\(result.text)")
        }
        XCTAssertTrue(result.text.hasPrefix("Belarus (state, id belarus): "))
        XCTAssertTrue(result.text.contains("  entity  ") || result.text.contains("  entity "))
    }

    func testNeighboursByArabicNameWithDepthTypesAndJSON() throws {
        let folder = try CLIRunner.temporaryFolder(removedAfter: self)
        let graph = try extractSeed(to: folder)
        let arabic = try CLIRunner.run(["neighbours", "بيلاروسيا", "--graph", graph.path, "--types", "borders", "--depth", "2"])
        XCTAssertEqual(arabic.status, 0, arabic.stderr)
        let rows = arabic.text.split(separator: "\n").filter { $0.contains(" borders ") }.map { $0.split(separator: " ").first! }
        XCTAssertEqual(rows, ["Latvia", "Lithuania", "Poland"])
        let json = try CLIRunner.run(["neighbours", "belarus", "--graph", graph.path, "--format", "json", "--direction", "out"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try JSONSerialization.jsonObject(with: json.stdout) as! [String: Any]
        let ids = Set((object["nodes"] as! [[String: Any]]).map { $0["id"] as! String })
        XCTAssertTrue(ids.isSuperset(of: ["belarus", "union_state", "poland", "russia"]), "\(ids)")
        XCTAssertFalse(ids.contains("lukashenko"), "holds_role points into Belarus, not out")
    }

    func testUnknownEntityExitsOneWithSuggestions() throws {
        let result = try CLIRunner.run(["neighbours", "Belarusia", "seeds"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "no entity named \"Belarusia\"; did you mean: BelTA, Belarus?\n")
        XCTAssertTrue(result.stdout.isEmpty)
    }

    func testRenderedSVGIsWellFormedWithArabicLabelsClustersAndLegend() throws {
        let folder = try CLIRunner.temporaryFolder(removedAfter: self)
        let svg = folder.appendingPathComponent("graph.svg")
        let result = try CLIRunner.run(["render", "seeds", "-o", svg.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: svg)
        XCTAssertTrue(XMLParser(data: data).parse())
        let text = String(decoding: data, as: UTF8.self)
        for label in ["بيلاروس", "روسيا", "ألكسندر لوكاشينكو", "حلف شمال الأطلسي", "Union State", "Legend"] {
            XCTAssertTrue(text.contains(label), label)
        }
        XCTAssertEqual(text.components(separatedBy: "class=\"cluster\"").count - 1, 3, "Union State, NATO and the eastern flank inside it")
        XCTAssertTrue(text.contains("<title>"), "tooltips carry evidence")
    }

    func testOutputIsByteIdenticalAcrossRuns() throws {
        let first = try CLIRunner.run(["extract", "seeds"])
        let second = try CLIRunner.run(["extract", "seeds"])
        XCTAssertEqual(first.status, 0)
        XCTAssertEqual(first.stdout, second.stdout)
        let svgFirst = try CLIRunner.run(["render", "seeds", "--format", "svg"])
        let svgSecond = try CLIRunner.run(["render", "seeds", "--format", "svg"])
        XCTAssertEqual(svgFirst.stdout, svgSecond.stdout)
        XCTAssertFalse(svgFirst.stdout.isEmpty)
    }

    func testFocusDrawsOnlyTheNeighbourhoodInEveryFormat() throws {
        let dot = try CLIRunner.run(["render", "seeds", "--focus", "Kremlin", "--format", "dot"])
        XCTAssertEqual(dot.status, 0, dot.stderr)
        XCTAssertTrue(dot.text.contains("Dmitry Peskov"))
        XCTAssertFalse(dot.text.contains("Poland"))
        for format in ["png", "pdf"] {
            let result = try CLIRunner.run(["render", "seeds", "--focus", "Kremlin", "--format", format, "--layout", "neato"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertGreaterThan(result.stdout.count, 1000, format)
        }
    }

    func testTimingsAreOneJSONObjectOnStderr() throws {
        let folder = try CLIRunner.temporaryFolder(removedAfter: self)
        let result = try CLIRunner.run(["render", "seeds", "-o", folder.appendingPathComponent("g.svg").path, "--timings"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as! [String: Double]
        XCTAssertEqual(Set(object.keys), ["read", "extract", "index", "query", "layout", "render", "write", "total"])
        XCTAssertGreaterThan(object["extract"]!, 0)
        XCTAssertGreaterThan(object["layout"]!, 0)
    }

    func testTimingsIsAGlobalFlag() throws {
        let result = try CLIRunner.run(["--timings", "neighbours", "Russia", "seeds"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as! [String: Double]
        XCTAssertGreaterThan(object["query"]!, 0)
        XCTAssertTrue(result.text.hasPrefix("Russia (state, id russia): "))
    }

    func testParallelJobsGiveTheSameGraph() throws {
        let one = try CLIRunner.run(["extract", "seeds", "Tests/Fixtures/articles", "--jobs", "1"])
        let two = try CLIRunner.run(["extract", "seeds", "Tests/Fixtures/articles", "--jobs", "2"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stdout, two.stdout)
        let object = try JSONSerialization.jsonObject(with: one.stdout) as! [String: Any]
        XCTAssertEqual(((object["graph"] as! [String: Any])["sources"] as! [String]).count, 1180)
    }

    func testExplainShowsMentionsAndRules() throws {
        let result = try CLIRunner.run(["extract", "seeds", "--explain"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.text.contains("  belarus -borders-> poland {direction=west}  rule borders, confidence 0.85\n"), result.text)
        XCTAssertTrue(result.text.contains("بلاده → belarus (anaphora)"))
        XCTAssertFalse(result.text.contains("دقائق القراءة"), "boilerplate lines are skipped")
        XCTAssertTrue(result.text.hasPrefix("[000_2d429f53c2aaf54f.txt] language: ar (detected)\n"), result.text)
        let english = try CLIRunner.run(["extract", "seeds", "--explain", "--lang", "en"])
        XCTAssertTrue(english.text.hasPrefix("[000_2d429f53c2aaf54f.txt] language: en (given)\n"), english.text)
        XCTAssertFalse(english.text.contains("rule borders"), "Arabic border words are not read as English grammar")
    }

    func testLexiconFilesAddAndReplaceEntries() throws {
        let folder = try CLIRunner.temporaryFolder(removedAfter: self)
        let article = folder.appendingPathComponent("a.txt")
        try Data("التقى وزير الخارجية التركي فيدان نظيره الروسي سيرغي لافروف في سوتشي.".utf8).write(to: article)
        let result = try CLIRunner.run(["extract", article.path, "--lexicon", "Tests/Fixtures/lexicon-extension.json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        let names = Dictionary(uniqueKeysWithValues: (object["nodes"] as! [[String: Any]]).map { ($0["id"] as! String, $0["name"] as! String) })
        XCTAssertEqual(names["fidan"], "Hakan Fidan")
        XCTAssertEqual(names["sochi"], "Sochi")
        XCTAssertEqual(names["russia"], "Russian Federation")
        let bad = try CLIRunner.run(["extract", article.path, "--lexicon", "missing.json"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr, "no such lexicon file: missing.json\n")
    }

    func testPathRankAndStatsOnTheSeed() throws {
        let path = try CLIRunner.run(["path", "Lukashenko", "Poland", "seeds"])
        XCTAssertEqual(path.status, 0, path.stderr)
        XCTAssertEqual(path.text, "2 edges: Alexander Lukashenko —holds_role→ Belarus —borders— Poland\n")
        let none = try CLIRunner.run(["path", "Lukashenko", "Reuters", "seeds"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stderr, "no path from \"Alexander Lukashenko\" to \"Reuters\"\n")
        let rank = try CLIRunner.run(["rank", "seeds", "--top", "1", "--format", "json"])
        XCTAssertEqual(rank.status, 0, rank.stderr)
        let ranking = (try JSONSerialization.jsonObject(with: rank.stdout) as! [String: Any])["ranking"] as! [[String: Any]]
        XCTAssertEqual(ranking.first?["id"] as? String, "russia")
        let stats = try CLIRunner.run(["stats", "seeds", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: stats.stdout) as! [String: Any]
        XCTAssertEqual(object["nodes"] as? Int, 23)
        XCTAssertEqual((object["kinds"] as! [String: Int])["person"], 6)
        let badRanking = try CLIRunner.run(["rank", "seeds", "--by", "fame"])
        XCTAssertEqual(badRanking.stderr, "unknown ranking \"fame\" (expected degree, pagerank or betweenness)\n")
    }

    func testAnalysisCommandsReadLargeEdgeListsDirectly() throws {
        let tsv = "Tests/Fixtures/analysis/graph-s500.tsv"
        let stats = try CLIRunner.run(["stats", "--graph", tsv, "--format", "json"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let object = try JSONSerialization.jsonObject(with: stats.stdout) as! [String: Any]
        XCTAssertEqual(object["edges"] as? Int, 2000)
        let neighbours = try CLIRunner.run(["neighbours", "no_such_node", "--graph", tsv])
        XCTAssertEqual(neighbours.status, 1)
        XCTAssertEqual(neighbours.stderr, "no entity named \"no_such_node\"\n")
    }

    func testCommunitiesBlocsAndBalanceOnTheSeed() throws {
        let communities = try CLIRunner.run(["communities", "seeds", "--format", "json"])
        XCTAssertEqual(communities.status, 0, communities.stderr)
        let groups = (try JSONSerialization.jsonObject(with: communities.stdout) as! [String: Any])["communities"] as! [[String]]
        XCTAssertTrue(groups.contains { Set($0).isSuperset(of: ["latvia", "lithuania", "poland", "nato_east"]) })
        let blocs = try CLIRunner.run(["blocs", "seeds", "--alliance", "Union State", "--target", "Belarus"])
        XCTAssertEqual(blocs.status, 0, blocs.stderr)
        XCTAssertTrue(blocs.text.hasPrefix("Union State: Belarus, Russia\n"), blocs.text)
        XCTAssertTrue(blocs.text.contains("  Russia -deploys_to-> Belarus\n"))
        let balance = try CLIRunner.run(["balance", "seeds", "--format", "json"])
        XCTAssertEqual(balance.status, 0, balance.stderr)
        let object = try JSONSerialization.jsonObject(with: balance.stdout) as! [String: Any]
        XCTAssertEqual(object["balanced_share"] as? Double, 1)
        XCTAssertEqual((object["camps"] as! [[String]]).count, 2)
    }

    func testExportsLoadInNetworkXAndRoundTrip() throws {
        let folder = try CLIRunner.temporaryFolder(removedAfter: self)
        for format in ["graphml", "json", "dot"] {
            let file = folder.appendingPathComponent("graph.\(format)").path
            let export = try CLIRunner.run(["export", "seeds", "--format", format, "-o", file])
            XCTAssertEqual(export.status, 0, export.stderr)
            let back = try CLIRunner.run(["export", "--graph", file, "--format", "json"])
            XCTAssertEqual(back.status, 0, back.stderr)
            let object = try JSONSerialization.jsonObject(with: back.stdout) as! [String: Any]
            XCTAssertEqual((object["nodes"] as! [Any]).count, 23, format)
            XCTAssertEqual((object["edges"] as! [Any]).count, 31, format)
        }
        let script = """
        import json, networkx as nx
        g = nx.read_graphml("\(folder.path)/graph.graphml")
        j = nx.node_link_graph(json.load(open("\(folder.path)/graph.json")), edges="edges")
        print(g.number_of_nodes(), g.number_of_edges(), j.number_of_nodes(), j.number_of_edges(), g.nodes["belarus"]["kind"], g.nodes["belarus"]["label_ar"])
        """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        XCTAssertEqual(python.terminationStatus, 0)
        XCTAssertEqual(printed, "23 31 23 31 state بيلاروس\n")
        let csv = try CLIRunner.run(["export", "seeds", "--format", "csv", "-o", folder.appendingPathComponent("tables").path])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let nodes = try String(contentsOf: folder.appendingPathComponent("tables/nodes.csv"), encoding: .utf8)
        XCTAssertEqual(nodes.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 24)
    }

    func testHTMLPageInAHeadlessBrowser() throws {
        let folder = try CLIRunner.temporaryFolder(removedAfter: self)
        let page = folder.appendingPathComponent("graph.html")
        let render = try CLIRunner.run(["render", "seeds", "-o", page.path])
        XCTAssertEqual(render.status, 0, render.stderr)
        let exported = try CLIRunner.run(["extract", "seeds"])
        let graph = try JSONSerialization.jsonObject(with: exported.stdout) as! [String: Any]
        let ids = (graph["nodes"] as! [[String: Any]]).map { $0["id"] as! String }
        let belarus = "n\(ids.firstIndex(of: "belarus")!)"
        var expected: Set<String> = [belarus]
        for edge in graph["edges"] as! [[String: Any]] {
            let (source, target) = ("n\(ids.firstIndex(of: edge["source"] as! String)!)", "n\(ids.firstIndex(of: edge["target"] as! String)!)")
            if source == belarus { expected.insert(target) }
            if target == belarus { expected.insert(source) }
        }
        func chromium(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000"] + arguments
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return text
        }
        let dom = try chromium(["--dump-dom", "file://\(page.path)#test-click=\(belarus)"])
        let title = dom.components(separatedBy: "<title>")[1].components(separatedBy: "</title>")[0]
        XCTAssertEqual(title, "highlighted:" + expected.sorted().joined(separator: ","))
        let shot = folder.appendingPathComponent("page.png")
        _ = try chromium(["--hide-scrollbars", "--window-size=1400,900", "--screenshot=\(shot.path)", "file://\(page.path)#\(belarus)"])
        let png = try Data(contentsOf: shot)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertGreaterThan(png.count, 20_000)
    }

    func testNeighboursOfSomeKindsOnly() throws {
        let result = try CLIRunner.run(["neighbours", "Belarus", "seeds", "--depth", "2", "--kinds", "person", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let nodes = (try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any])["nodes"] as! [[String: Any]]
        XCTAssertEqual(Set(nodes.map { $0["kind"] as! String }), ["person", "state"], "the centre and people only")
        let bad = try CLIRunner.run(["neighbours", "Belarus", "seeds", "--kinds", "planet"])
        XCTAssertEqual(bad.stderr, "unknown kind \"planet\" (expected person, state, alliance, organization, place, unknown)\n")
    }
}
