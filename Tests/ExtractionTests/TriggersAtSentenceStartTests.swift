import XCTest
@testable import Extraction

/// Every trigger of every frame, written where the patterns have the least room: opening a
/// sentence, alone, before a verb of speech or before a condition. Extraction finishes (a range
/// read past a sentence's start or end stops the test process) and gives a graph.
final class TriggersAtSentenceStartTests: XCTestCase {
    func testEveryTriggerOpeningASentenceIsReadWithoutFailing() {
        var paragraphs: [String] = []
        for frame in sharedExtractor.lexicon.frames {
            for trigger in frame.ar { paragraphs += [trigger, "\(trigger)، قال لافروف.", "\(trigger) إذا"] }
            for trigger in frame.en { paragraphs += [trigger, "\(trigger.prefix(1).uppercased())\(trigger.dropFirst()), Lavrov said.", "\(trigger) if"] }
        }
        XCTAssertGreaterThan(paragraphs.count, 3000)
        for start in stride(from: 0, to: paragraphs.count, by: 200) {
            let text = paragraphs[start..<min(start + 200, paragraphs.count)].joined(separator: "\n\n")
            let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01")
            XCTAssertNotNil(graph.entity(id: "lavrov"), "paragraphs from \(start)")
        }
    }
}
