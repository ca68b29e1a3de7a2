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
    private let sharedNisbas: SharedNisbas
    private let statesAsNisbas: StateNamesSpelledAsNisbas

    /// Creates an extractor over a lexicon.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        matcher = MentionMatcher(lexicon: lexicon)
        sharedNisbas = SharedNisbas(lexicon: lexicon)
        statesAsNisbas = StateNamesSpelledAsNisbas(lexicon: lexicon)
    }

    /// Creates an extractor over the bundled lexicon.
    public init() throws {
        self.init(lexicon: try Lexicon.bundled())
    }

    /// The graph of one document. `document` names it in the evidence; `date` (ISO) is used
    /// when the text gives none; `language` is detected from the text when not given.
    public func extract(text: String, document: String, date: String? = nil, language: TextLanguage? = nil) -> EntityGraph {
        run(text: text, document: document, date: date, language: language, explaining: false, sentenceStore: nil).graph
    }

    /// The graph of one document, keeping evidence sentences in `sentences` so that documents
    /// that repeat a sentence share one copy of it.
    public func extract(text: String, document: String, date: String? = nil, language: TextLanguage? = nil,
                        sentences: SentenceStore) -> EntityGraph {
        run(text: text, document: document, date: date, language: language, explaining: false, sentenceStore: sentences).graph
    }

    /// The graph of one document and, sentence by sentence, the mentions and relations found
    /// with the rule behind each.
    public func explain(text: String, document: String, date: String? = nil, language: TextLanguage? = nil)
        -> (graph: EntityGraph, sentences: [SentenceExplanation]) {
        run(text: text, document: document, date: date, language: language, explaining: true, sentenceStore: nil)
    }

    private func run(text: String, document: String, date: String?, language: TextLanguage?, explaining: Bool,
                     sentenceStore: SentenceStore?) -> (graph: EntityGraph, sentences: [SentenceExplanation]) {
        let language = language ?? TextLanguage.detect(text)
        var explanations: [SentenceExplanation] = []
        var tokenizer = Tokenizer(lexiconWords: lexicon.words, wordLists: lexicon.wordLists)
        let sentences = Sentence.split(tokenizer.tokenize(text)) { lexicon.isFunctionWord($0, list: .abbreviations) }
        let context = DocumentContext(lexicon: lexicon, document: document, date: date, words: tokenizer, sentences: sentenceStore)
        context.date = articleDate(sentences) ?? date
        context.story = sentences
        let year = context.date.flatMap { Int($0.prefix(4)) }
        let roles = RoleRecognizer(lexicon: lexicon)
        let namesAfterKindNouns = NamesAfterKindNouns(lexicon: lexicon)
        let peopleAfterDescriptors = PeopleAfterDescriptors(lexicon: lexicon)
        let peopleBeforeDescriptors = PeopleBeforeDescriptors(lexicon: lexicon)
        let speakerNames = SpeakerNames(lexicon: lexicon)
        let peopleOfParties = PeopleOfParties(lexicon: lexicon)
        let placesBeforeTheirRegion = PlacesBeforeTheirRegion(lexicon: lexicon)
        let guests = GuestsByNationality(lexicon: lexicon)
        let contextualStates = ContextualStateNames(lexicon: lexicon)
        let acronyms = AcronymNames(lexicon: lexicon)
        let companies = CompanyNames(lexicon: lexicon)
        let namesakes = Namesakes(lexicon: lexicon)
        let laterMentions = LaterMentions()
        let ledGroups = LedGroups(lexicon: lexicon)
        let documentNames = DocumentNames(lexicon: lexicon)
        let surnamesLikeStates = SurnamesSpelledLikeStates(lexicon: lexicon)
        let institutions = InstitutionRecognizer(lexicon: lexicon)
        let coreference = Coreference(lexicon: lexicon)
        let structure = StructuralPatterns(lexicon: lexicon)
        let frames = FramePatterns(lexicon: lexicon)
        let surnames = SurnameSpellings()
        let nisbaSurnames = NisbaSurnames(lexicon: lexicon)
        let namesNeedingContext = NamesNeedingContext(lexicon: lexicon, sentences: sentences)
        var inTagList = false
        for (number, sentence) in sentences.enumerated() {
            context.sentenceNumber = number
            if explaining { context.readings = [] }
            let spans = matcher.spans(sentence, localNames: context.localNames, language: language, surnames: surnames)
            let work = SentenceWork(sentence: sentence, spans: spans, lexicon: lexicon)
            namesNeedingContext.apply(work)
            if inTagList, sentence.wordCount <= 3, work.tokens.first?.startsLine == true { continue }
            inTagList = isBareLabel(work)
            if context.datelineState == nil, let place = datelinePlace(work) { context.datelineState = datelineState(place, context) }
            if isBoilerplate(work) || isDateline(work) { continue }
            dropDatelinePrefix(work, context: context)
            (work.date, work.dateIndex) = DateParser.eventDate(sentence.tokens, spans: work.spans, referenceYear: year) {
                work.token($0, isIn: .yearWords, lexicon: lexicon)
            }.map { ($0.date, $0.at) } ?? (nil, 0)
            work.articleDate = context.date
            markDirections(work)
            dropAttitudes(work)
            dropDissent(work)
            let known = context.localEntities.count
            ledGroups.apply(work)
            documentNames.apply(work)
            surnamesLikeStates.apply(work, context: context)
            nisbaSurnames.apply(work, context: context)
            institutions.requalifyNationalBodies(work, context: context)
            contextualStates.recognize(work)
            statesAsNisbas.recognize(work)
            sharedNisbas.recognize(work, context: context)
            acronyms.recognize(work, context: context)
            companies.recognize(work, context: context)
            companies.recognizeArabic(work, context: context)
            companies.recognizeArabicParties(work, context: context)
            companies.recognizeTitledArabicParties(work, context: context)
            companies.recognizeSubsidiaries(work, context: context)
            companies.recognizeDescribed(work, context: context)
            namesakes.recognize(work, context: context)
            namesAfterKindNouns.recognize(work, context: context)
            peopleAfterDescriptors.recognize(work, context: context)
            peopleBeforeDescriptors.recognize(work, context: context)
            speakerNames.recognize(work, context: context)
            peopleOfParties.recognize(work, context: context)
            placesBeforeTheirRegion.recognize(work, context: context)
            guests.recognize(work, context: context)
            roles.recognize(work, context: context)
            contextualStates.recognizeAfterPeople(work, context: context)
            laterMentions.recognize(work, context: context, known: known)
            institutions.recognize(work, context: context)
            acronyms.nameBodiesBeforeAcronyms(work, context: context)
            coreference.addNamedActors(work, context: context)
            roles.mergeKnownHoldersInApposition(work, context: context)
            coreference.findSpeaker(work, context: context)
            coreference.resolveAnaphora(work, context: context)
            coreference.resolveOpeningPronoun(work, context: context)
            work.setOffMembersInApposition()
            structure.apply(work, context: context)
            frames.apply(work, context: context)
            context.renewDeedsNamedAgain(work)
            context.remember(work.actors.flatMap(\.ids))
            coreference.rememberStateLists(work, context: context)
            coreference.rememberOpeningSubject(work, context: context)
            if explaining {
                let mentions = work.actors.map { actor in
                    SentenceExplanation.Mention(surface: work.text(actor.range), ids: actor.ids, how: "\(actor.source)")
                }
                explanations.append(SentenceExplanation(document: document, number: number + 1, text: sentence.text,
                                                        mentions: mentions, readings: context.readings ?? []))
            }
        }
        let lifted = context.liftAttacksOnPlaces()
        if explaining, !lifted.isEmpty { explanations = explanations.map { $0.adding(lifted) } }
        return (context.graph, explanations)
    }

    /// The first full date written in the document (day, month name, year).
    private func articleDate(_ sentences: [Sentence]) -> String? {
        for sentence in sentences where sentence.tokens.contains(where: { (1...31).contains($0.number) }) {
            let spans = matcher.spans(sentence, localNames: PhraseTable())
            if let date = DateParser.firstDate(sentence.tokens, spans: spans, referenceYear: nil) { return date }
        }
        return nil
    }

    /// A short line with a boilerplate phrase ("اقرأ أيضاً", "Read more", reading time), a
    /// credit line (a label and a colon first: "المصدر: روسيا اليوم", "Photo: Reuters"), a
    /// byline ("By Reuters Staff", "بقلم ...") or a copyright line ("© 2025 Reuters"); a line of
    /// any length with two credit labels ("Reporting by ...; Editing by ...").
    private func isBoilerplate(_ work: SentenceWork) -> Bool {
        let words = work.sentence.wordCount
        if work.tokens.first?.startsLine == true, work.spans.filter({ $0.value == .function("credit_labels") }).count >= 2 { return true }
        guard words <= 12 else { return false }
        if let label = opening(work, list: "credit_labels"), label.upperBound < work.tokens.count,
           work.tokens[label.upperBound].mark == ":" {
            return true
        }
        if opening(work, list: "byline_markers") != nil, work.tokens[0].startsLine, words <= 6 { return true }
        if work.tokens.first?.mark == "©" { return true }
        return work.spans.contains { $0.value == .function("boilerplate") }
    }

    /// A line that is only a label of page furniture ("تصنيفات", "Suggested Topics:"): the short
    /// lines after it are tags, not the story.
    private func isBareLabel(_ work: SentenceWork) -> Bool {
        guard let label = opening(work, list: "credit_labels") ?? opening(work, list: "boilerplate") else { return false }
        return work.tokens[label.upperBound...].allSatisfy { !$0.isWord }
    }

    /// The tokens of a phrase of function list `list` that opens the sentence (after an opening
    /// bracket, if any: "(الصورة: رويترز)"), if one does.
    private func opening(_ work: SentenceWork, list: String) -> Range<Int>? {
        let start = work.tokens.first.map { $0.mark == "(" || $0.mark == "[" } == true ? 1 : 0
        guard let first = work.spans.first, first.value == .function(list), first.range.lowerBound == start else { return nil }
        return first.range
    }

    /// The place of a short line opened by a place and a dash, a slash or a bracket ("مينسك - 11
    /// سبتمبر 2025 (رويترز)", "ماسيرو/ الأناضول", "KYIV (AP) —"), or by a place and a comma when an outlet in brackets
    /// follows ("BUCHAREST, Romania (AP) — December 6, 2024"), if the line is one.
    private func datelinePlace(_ work: SentenceWork) -> String? {
        guard work.tokens.first?.startsLine == true, work.sentence.wordCount <= 6, let first = work.spans.first, first.range.lowerBound == 0,
              case .entity(let place) = first.value, lexicon.entities[place]?.kind == .place, first.range.upperBound < work.tokens.count,
              let mark = work.tokens[first.range.upperBound].mark,
              ["-", "–", "—", "(", "/"].contains(mark) || (mark == "," && work.tokens.contains { $0.mark == "(" }) else { return nil }
        return place
    }

    /// A dateline line: only a place and a news organisation with punctuation ("موسكو - رويترز",
    /// "MOSCOW (Reuters) -"), or a place and a quoted outlet ("الرياض: «الشرق الأوسط»"). Its
    /// entities are not part of the story.
    private func isDateline(_ work: SentenceWork) -> Bool {
        let words = work.sentence.wordCount
        if words <= 6, work.tokens.count > 2, let first = work.spans.first, first.range.lowerBound == 0,
           case .entity(let place) = first.value, lexicon.entities[place]?.kind == .place,
           first.range.upperBound + 1 < work.tokens.count, let separator = work.tokens[first.range.upperBound].mark,
           [":", "-", "–", "—"].contains(separator), let quote = work.tokens[first.range.upperBound + 1].mark,
           ["«", "\"", "“"].contains(quote) {
            return true
        }
        let onlyPlaceAndOutlet = work.spans.count <= 2 && work.spans.dropFirst().allSatisfy {
            if case .entity(let outlet) = $0.value { return lexicon.entities[outlet]?.kind == .organization }
            return false
        }
        if work.tokens.first?.startsLine == true, words <= 5, onlyPlaceAndOutlet, let first = work.spans.first, first.range.lowerBound == 0,
           case .entity(let place) = first.value, lexicon.entities[place]?.kind == .place,
           first.range.upperBound < work.tokens.count, let mark = work.tokens[first.range.upperBound].mark,
           mark == "-" || mark == "(" || mark == "–" || mark == "—" {
            return true
        }
        guard work.spans.count == 2, case .entity(let place) = work.spans[0].value,
              case .entity(let agency) = work.spans[1].value,
              lexicon.entities[place]?.kind == .place, lexicon.entities[agency]?.kind == .organization else { return false }
        return work.spans[0].range.count + work.spans[1].range.count == work.sentence.wordCount
    }

    /// A dateline opening a paragraph ("WARSAW (Reuters) -", "MINSK, April 10 (Reuters) -",
    /// "BRUSSELS, March 4, 2025 (Reuters) -", "KYIV, Ukraine (AP) —", "موسكو (رويترز) -", and with
    /// no dash after an outlet the lexicon knows, "بكين 15 يوليو 2025 (شينخوا)"; a place the lexicon
    /// lacks in capitals; a known place and a dash, "موسكو - بحث"): its place and outlet are not
    /// part of the story.
    private func dropDatelinePrefix(_ work: SentenceWork, context: DocumentContext) {
        guard let first = work.spans.first else { return }
        let known: String? = if first.range.lowerBound == 0, case .entity(let id) = first.value, lexicon.entities[id]?.kind == .place { id } else { nil }
        // A place the lexicon lacks, written in capitals ("UZHHOROD, Ukraine, Oct 3 (Reuters) -").
        let capitals = known != nil || first.range.lowerBound == 0 ? 0 : (0..<min(3, work.tokens.count)).prefix { index in
            work.tokens[index].isWord && work.spanIndex(startingAt: index) == nil
                && work.sentence.text(of: index).count >= 2 && work.sentence.text(of: index).allSatisfy { $0.isUppercase }
        }.count
        guard known != nil || capitals > 0 else { return }
        var index = known != nil ? first.range.upperBound : capitals
        var home = known
        if index + 1 < work.tokens.count, work.tokens[index].mark == ",",
           let region = work.spans.first(where: { $0.range.lowerBound == index + 1 }), case .entity(let id) = region.value,
           [.state, .place].contains(lexicon.entities[id]?.kind) {
            index = region.range.upperBound
            home = home ?? id // "MALE, Maldives (AP) —": a city the lexicon lacks, in its state
        }
        // "موسكو - بحث وزير الخارجية": a known place and a dash opening a paragraph, a word after.
        if let known, work.tokens.first?.startsLine == true, index + 1 < work.tokens.count, ["-", "–", "—"].contains(work.tokens[index].mark),
           work.tokens[index + 1].isWord, work.tokens[index + 1].number < 0 {
            work.spans.removeAll { $0.range.lowerBound <= index }
            if context.datelineState == nil { context.datelineState = datelineState(known, context) }
            return
        }
        let place = index
        index = datelineDateEnd(work, from: index)
        // "CAIRO, Nov 27 - Italian Foreign Minister ...": a place, a date and a dash opening a paragraph.
        if index > place, work.tokens.first?.startsLine == true, index + 1 < work.tokens.count,
           ["-", "–", "—"].contains(work.tokens[index].mark), work.tokens[index + 1].isWord {
            work.spans.removeAll { $0.range.lowerBound <= index }
            if context.datelineState == nil, let home { context.datelineState = datelineState(home, context) }
            return
        }
        guard index < work.tokens.count, work.tokens[index].mark == "(" else { return }
        index += 1
        let outlet = index
        while index < work.tokens.count, work.tokens[index].mark != ")", index < outlet + 4 { index += 1 }
        guard index < work.tokens.count, work.tokens[index].mark == ")" else { return }
        let dashed = index + 1 < work.tokens.count && ["-", "–", "—"].contains(work.tokens[index + 1].mark)
        let knownOutlet = work.spans.contains { span in
            guard span.range == outlet..<index, case .entity(let id) = span.value else { return false }
            return lexicon.entities[id]?.kind == .organization
        }
        guard dashed || knownOutlet else { return }
        work.spans.removeAll { $0.range.lowerBound <= index }
        if context.datelineState == nil, let home { context.datelineState = datelineState(home, context) }
    }

    /// The state a dateline's place gives the story: none for a regional news bureau's city.
    private func datelineState(_ place: String, _ context: DocumentContext) -> String? {
        lexicon.entities[place]?.isNewsHub == true ? nil : context.stateOfPlace(place)
    }

    /// Where the date of a dateline ends, from just after its place: ", April 10", ", March 4,
    /// 2025", "، 10 أبريل", "15 يوليو 2025"; `start` itself when no date follows.
    private func datelineDateEnd(_ work: SentenceWork, from start: Int) -> Int {
        let count = work.tokens.count
        var index = start
        if index < count, work.tokens[index].mark == "," || work.tokens[index].mark == "،" { index += 1 }
        if index < count, (1...31).contains(work.tokens[index].number) { index += 1 }
        guard let month = work.spans.first(where: { $0.range.lowerBound == index }), case .month = month.value else { return start }
        index = month.range.upperBound
        if index < count, (1...31).contains(work.tokens[index].number) { index += 1 }
        if index + 1 < count, work.tokens[index].mark == ",", (1900...2100).contains(work.tokens[index + 1].number) { return index + 2 }
        if index < count, (1900...2100).contains(work.tokens[index].number) { index += 1 }
        return index
    }

    /// "pro-Russian", "anti-Western": a nisba glued by a hyphen to a word of list
    /// `attitude_prefixes` names a stance, not the state's own people or bodies.
    private func dropAttitudes(_ work: SentenceWork) {
        guard work.spans.contains(where: { $0.value == .function("attitude_prefixes") }) else { return }
        work.spans.removeAll { span in
            let start = span.range.lowerBound
            guard span.value.isNisba, start >= 2, PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, start - 1) else { return false }
            return work.spans.contains { $0.range.upperBound == start - 1 && $0.value == .function("attitude_prefixes") }
        }
    }

    /// "جماعات المعارضة الكردية الإيرانية", "Iranian opposition groups": a nisba next to a word of
    /// list `dissent_nouns` (after it in Arabic, before it in English) names whom the dissidents
    /// oppose, not the state acting; "Russian opposition to the plan" stays Russia's, and so does
    /// a title's nisba ("زعيمة المعارضة البيلاروسية", "Belarusian opposition leader").
    private func dropDissent(_ work: SentenceWork) {
        let titles = work.spans.filter { if case .title = $0.value { return true } else { return false } }
        let isDissent: (Int) -> Bool = { index in
            work.token(index, isIn: .dissentNouns, lexicon: self.lexicon) && !titles.contains { $0.range.contains(index) }
        }
        work.spans.removeAll { span in
            guard span.value.isNisba else { return false }
            let start = span.range.lowerBound, end = span.range.upperBound
            if work.sentence.document.isArabic(work.tokens[start]) {
                return isDissent(start - 1)
                    || (isDissent(start - 2) && work.tokens[start - 1].isWord && !work.spans.contains { $0.range.contains(start - 1) })
            }
            let noun = isDissent(end) ? end : isDissent(end + 1) && work.tokens[end].isWord ? end + 1 : nil
            guard let noun else { return false }
            return !work.token(noun + 1, is: lexicon.keywords.to)
        }
    }

    /// "من الغرب" / "from the west": a direction, not the West.
    private func markDirections(_ work: SentenceWork) {
        for index in work.spans.indices {
            guard case .entity = work.spans[index].value, work.spans[index].range.count == 1 else { continue }
            let start = work.spans[index].range.lowerBound
            if lexicon.direction([work.tokens[start].word]) != nil,
               work.token(start - 1, is: lexicon.keywords.from) || work.token(start - 1, is: lexicon.keywords.to) {
                work.spans[index].value = .function("directions")
            }
        }
    }
}
