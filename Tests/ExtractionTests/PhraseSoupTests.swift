import Foundation
import XCTest
import EntityGraph
@testable import Extraction

/// Random sentences made of the lexicon's own phrases (function words, frame triggers, state
/// names) and punctuation, as broken feeds deliver them: every one reads without a crash, to the
/// same graph each time. A seeded generator makes the texts the same on every run.
final class PhraseSoupTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Extraction/Resources/lexicon").standardized

    /// A SplitMix64 generator: the same numbers from the same seed on every platform.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func phrases() throws -> (arabic: [String], english: [String]) {
        let decoder = JSONDecoder()
        let words = try decoder.decode(LexiconFiles.FunctionWords.self, from: Data(contentsOf: folder.appendingPathComponent("function_words.json")))
        let frames = try decoder.decode([LexiconFiles.Frame].self, from: Data(contentsOf: folder.appendingPathComponent("frames.json")))
        let states = try decoder.decode([LexiconFiles.State].self, from: Data(contentsOf: folder.appendingPathComponent("states.json")))
        var arabic: [String] = words.lists.values.flatMap { $0["ar"] ?? [] }
        arabic += frames.flatMap { $0.ar + ($0.nominal_ar ?? []) }
        arabic += states.flatMap { $0.ar + ($0.nisba_ar ?? []) }
        var english: [String] = words.lists.values.flatMap { $0["en"] ?? [] }
        english += frames.flatMap { $0.en + ($0.nominal_en ?? []) }
        english += states.map(\.en)
        return (arabic.sorted(), english.sorted())
    }

    /// The relations and their attributes, one line each, sorted.
    private func lines(_ graph: EntityGraph) -> [String] {
        graph.relations.map { "\($0.source) \($0.type.rawValue) \($0.target) \($0.attributes.sorted { $0.key < $1.key })" }.sorted()
    }

    func testSoupsOfLexiconPhrasesReadTheSameTwiceWithoutACrash() throws {
        let (arabic, english) = try phrases()
        let marks = ["،", ".", "«", "»", "(", ")", "؛", ":", "-", "\"", ",", ";", "'s", "'", "و"]
        var generator = SeededGenerator(state: 67)
        var relations = 0
        for document in 0..<300 {
            let words = document % 3 == 0 ? arabic : document % 3 == 1 ? english : arabic + english
            let text = (0..<6).map { _ in
                (0..<Int.random(in: 1...14, using: &generator)).map { _ in
                    Double.random(in: 0..<1, using: &generator) < 0.3 ? marks.randomElement(using: &generator)! : words.randomElement(using: &generator)!
                }.joined(separator: " ")
            }.joined(separator: "\n")
            let first = sharedExtractor.extract(text: text, document: "soup\(document).txt", date: "2025-07-01")
            let second = sharedExtractor.extract(text: text, document: "soup\(document).txt", date: "2025-07-01")
            XCTAssertEqual(lines(first), lines(second), text)
            relations += first.relations.count
        }
        XCTAssertGreaterThan(relations, 0, "the soups name states and triggers, so some relations are read")
    }
}
