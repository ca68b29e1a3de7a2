import EntityGraph
import Foundation

/// Turns the text of news articles into an entity graph. The pipeline per sentence: lexicon
/// phrases (with proclitics), titles and names, names as actors, the speaker, anaphora, then
/// structural patterns and event frames. Everything it knows comes from the `Lexicon`.
///
/// Thread-safe: one extractor can read many documents concurrently.
public struct Extractor: Sendable {
    /// The knowledge used.
    public let lexicon: Lexicon
    private let matcher: MentionMatcher
    private let boilerplate: [String]

    /// Creates an extractor over a lexicon.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        matcher = MentionMatcher(lexicon: lexicon)
        boilerplate = (lexicon.functionWords.lists["boilerplate"] ?? [:]).values.joined().map(NameFolding.fold)
    }

    /// Creates an extractor over the bundled lexicon.
    public init() throws {
        self.init(lexicon: try Lexicon.bundled())
    }

    /// The graph of one document. `document` names it in the evidence; `date` (ISO) is used
    /// when the text gives none.
    public func extract(text: String, document: String, date: String? = nil) -> EntityGraph {
        let tokens = Tokenizer.tokens(text)
        let sentences = Sentence.split(tokens, of: text).filter { !isBoilerplate($0) }
        let context = DocumentContext(lexicon: lexicon, document: document, date: date)
        var analysed: [(Sentence, [Span])] = []
        for sentence in sentences {
            let spans = matcher.spans(sentence.tokens, localNames: PhraseTable())
            if context.date == nil { context.date = DateParser.firstDate(sentence.tokens, spans: spans, referenceYear: nil) }
            analysed.append((sentence, spans))
        }
        let year = context.date.flatMap { Int($0.prefix(4)) }
        let roles = RoleRecognizer(lexicon: lexicon)
        let coreference = Coreference(lexicon: lexicon)
        let structure = StructuralPatterns(lexicon: lexicon)
        let frames = FramePatterns(lexicon: lexicon)
        for (sentence, _) in analysed {
            var work = SentenceWork(sentence: sentence, spans: matcher.spans(sentence.tokens, localNames: context.localNames))
            work.date = DateParser.firstDate(sentence.tokens, spans: work.spans, referenceYear: year)
            markDirections(&work)
            roles.recognize(&work, context: context)
            coreference.addNamedActors(&work, context: context)
            coreference.findSpeaker(work, context: context)
            coreference.resolveAnaphora(&work, context: context)
            structure.apply(&work, context: context)
            frames.apply(&work, context: context)
            context.remember(work.actors.flatMap(\.ids))
        }
        return context.graph
    }

    private func isBoilerplate(_ sentence: Sentence) -> Bool {
        let folded = NameFolding.fold(sentence.text)
        return boilerplate.contains { folded.contains($0) } && sentence.tokens.filter(\.isWord).count <= 12
    }

    /// "من الغرب" / "from the west": a direction, not the West.
    private func markDirections(_ work: inout SentenceWork) {
        for index in work.spans.indices {
            guard case .entity = work.spans[index].value else { continue }
            let start = work.spans[index].range.lowerBound
            if work.spans[index].range.count == 1, lexicon.direction(work.tokens[start].folded) != nil,
               work.token(start - 1, is: "من") || work.token(start - 1, is: "إلى") {
                work.spans[index].value = .function("directions")
            }
        }
    }
}
