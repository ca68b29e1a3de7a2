import EntityGraph
import Extraction
import Foundation
import GoldScoring
import XCTest

/// Every fixture article with a gold annotation, extracted alone (as `ergraph extract FILE` does:
/// language detected, no `--date`) and written as node-link JSON, scores at least entity F1 0.95
/// and relation F1 0.9 against its gold. In-process, two articles at a time, over one lexicon.
final class GoldArticlesTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    func testFixtureArticlesWithAGoldScoreAboveTheThresholds() throws {
        let goldFolder = Self.fixtures.appendingPathComponent("gold-articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 3)
        let golds = try files.map { try Data(contentsOf: goldFolder.appendingPathComponent($0)) }
        let verdicts = ConcurrentSlots<String>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            verdicts[index] = Self.verdict(file: files[index], gold: golds[index])
        }
        for case let failure? in verdicts.values where !failure.isEmpty { XCTFail(failure) }
    }

    /// "" when the article scores above both thresholds, else what fell short and why.
    private static func verdict(file: String, gold data: Data) -> String {
        guard let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let document = gold["doc"] as? String,
              let text = try? String(contentsOf: fixtures.appendingPathComponent("articles/" + document), encoding: .utf8)
        else { return "\(file): unreadable gold or article" }
        let graph = sharedExtractor.extract(text: text, document: document)
        guard let json = try? JSONSerialization.jsonObject(with: NodeLinkJSON.encode(graph)) as? [String: Any]
        else { return "\(file): the graph's JSON does not parse" }
        let score = GoldScorer.score(graph: json, gold: gold)
        var failures: [String] = []
        if score.entityF1 < 0.95 {
            failures.append("\(file): entity F1 \(score.entityF1): missing \(score.missingEntities), spurious \(score.spuriousEntities)")
        }
        if score.relationF1 < 0.9 {
            failures.append("\(file): relation F1 \(score.relationF1): missing \(score.missingRelations), spurious \(score.spuriousRelations)")
        }
        return failures.joined(separator: "\n")
    }
}
