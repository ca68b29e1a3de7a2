import EntityGraph

/// Finds lexicon phrases in a sentence: at each token the longest phrase of any category wins,
/// trying the word as written and then its proclitic readings; names the document itself
/// introduced (people found by title) are tried first. Left to right, non-overlapping; a function
/// phrase gives way to a name that starts inside it and ends after it, and an English name with
/// its article to a phrase that starts after the article and ends after the name. Given a
/// document language, words of the other script only match as names or page furniture.
public struct MentionMatcher: Sendable {
    /// The lexicon phrases.
    public let lexicon: Lexicon

    /// Creates a matcher over a lexicon.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The spans of a sentence; `localNames` maps the document's own person names to ids, and
    /// `surnames` remembers, per unknown word, the person whose surname it spells otherwise.
    public func spans(_ sentence: Sentence, localNames: PhraseTable<String>, language: TextLanguage? = nil,
                      surnames: SurnameSpellings = SurnameSpellings()) -> [Span] {
        let tokens = sentence.tokens
        var spans: [Span] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord else { index += 1; continue }
            var best: Span?
            if let local = localNames.matchWithClitics(tokens, at: index, text: sentence.document) {
                best = Span(range: index..<(index + local.length), value: .entity(local.value), clitic: local.clitic)
            }
            if let found = lexicon.phrases.matchWithClitics(tokens, at: index, text: sentence.document),
               best == nil || found.length > best!.range.count,
               language.map({ $0.writes(tokens[index], in: sentence.document) || found.value.readsInAnyScript }) ?? true {
                best = Span(range: index..<(index + found.length), value: found.value, clitic: found.clitic)
            }
            if let best, case .function = best.value, overtakenByName(best, tokens, sentence) {
                index += 1
            } else if let best, case .title = best.value, let cut = titleCutByOrganization(best, tokens, sentence) {
                spans.append(cut)
                index = cut.range.upperBound
            } else if let best, overtakenAfterArticle(best, tokens, sentence) {
                index += 1
            } else if let best, isNounReadAsVerb(best, tokens, sentence) || isPersonWithArticle(best) || isLowercaseDirection(best, tokens, sentence)
                        || isInsideHyphenatedGivenName(best, tokens, sentence) {
                index += 1
            } else if let best {
                spans.append(nisbaWithTanwin(best, tokens, sentence) ?? best)
                index = best.range.upperBound
            } else if let person = personAfterGivenName(at: index, sentence) {
                spans.append(Span(range: index..<(index + 2), value: .entity(person), clitic: ""))
                index += 2
            } else {
                if let person = surnames.person(spelledBy: tokens[index], in: sentence, matcher: self) {
                    spans.append(Span(range: index..<(index + 1), value: .entity(person), clitic: ""))
                }
                index += 1
            }
        }
        return spans
    }

    /// Whether a person's name is read through a proclitic that ends with the article ("بالسلام",
    /// with peace, is no "سلام"): a name the lexicon spells without the article never takes it.
    private func isPersonWithArticle(_ span: Span) -> Bool {
        guard span.clitic.utf8.count >= 4, span.clitic.hasSuffix("ال") || span.clitic.hasSuffix("لل"), case .entity(let id) = span.value
        else { return false } // two letters or more: "بال", "لل"
        return lexicon.entities[id].map { $0.kind == .person } ?? true
    }

    /// A state's one-word name written with the accusative tanwin ("دبلوماسياً روسياً", "جندياً
    /// ألمانياً") as the nisba it is: a state's name takes no tanwin, its masculine nisba spells
    /// the same letters (روسي + اً).
    private func nisbaWithTanwin(_ span: Span, _ tokens: [Token], _ sentence: Sentence) -> Span? {
        guard case .entity(let id) = span.value, span.range.count == 1, lexicon.entities[id]?.kind == .state,
              sentence.document.ends(tokens[span.range.lowerBound], with: "اً") || sentence.document.ends(tokens[span.range.lowerBound], with: "ًا")
        else { return nil }
        return Span(range: span.range, value: .nisba(id), clitic: span.clitic)
    }

    /// Whether a one-word trigger is an Arabic noun written with ة that folds like a verb with the
    /// pronoun ه ("وزارة" is no "و" + "زاره", he visited him).
    private func isNounReadAsVerb(_ span: Span, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        guard case .trigger = span.value, span.range.count == 1, sentence.document.ends(tokens[span.range.lowerBound], with: "ة") else { return false }
        let word = String(NameFolding.fold(sentence.text(of: span.range.lowerBound)).dropFirst(span.clitic.count))
        return word.hasSuffix("ه") && lexicon.objectPronounVerbForms.contains(word)
    }

    /// The person whose long surname an unknown Arabic word of seven letters or more (as
    /// `SurnameSpellings` checks first) spells otherwise (same skeleton: "ستولتنبيرغ" is
    /// Stoltenberg), if any.
    func surnameInOtherSpelling(_ token: Token, _ sentence: Sentence) -> String? {
        guard token.number < 0, sentence.document.isArabic(token), !sentence.document.startsWithArticle(token) else { return nil }
        return lexicon.surnameSkeletons[NameSkeleton.of(sentence.document.text(of: token))]
    }

    /// The known person a given name and an unknown word of their surname's skeleton name
    /// ("دونالد ترمب" for "دونالد ترامب"), if exactly one person fits.
    func personAfterGivenName(at index: Int, _ sentence: Sentence) -> String? {
        let tokens = sentence.tokens
        let people = lexicon.people(givenName: tokens[index].word)
        guard !people.isEmpty, index + 1 < tokens.count else { return nil }
        let surname = tokens[index + 1]
        guard surname.isWord, surname.number < 0, surname.word >= Int32(lexicon.words.count),
              sentence.document.isArabic(surname), !sentence.document.startsWithArticle(surname) else { return nil }
        let skeleton = NameSkeleton.of(sentence.document.text(of: surname))
        let fitting = Set(people.filter { $0.skeleton == skeleton }.map(\.person))
        return fitting.count == 1 ? fitting.first : nil
    }

    /// Whether an English name written with its article gives way to a phrase that starts after
    /// the article and ends after the name ("the West Bank", "the West African neighbors": not "the
    /// West").
    private func overtakenAfterArticle(_ span: Span, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        let start = span.range.lowerBound
        guard span.range.count >= 2, case .entity = span.value, tokens[start].reads(lexicon.keywords.the),
              let found = lexicon.phrases.matchWithClitics(tokens, at: start + 1, text: sentence.document) else { return false }
        return start + 1 + found.length > span.range.upperBound
    }

    /// Whether a person's Latin name is the first half of a hyphenated given name after another
    /// capitalised word ("Park Yoon-joo" is no "Yoon"; "the Putin-Trump summit" still names Putin).
    private func isInsideHyphenatedGivenName(_ span: Span, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        guard case .entity(let id) = span.value, lexicon.entities[id]?.kind == .person, span.range.lowerBound > 0 else { return false }
        return PhraseTable<LexiconValue>.isGluedHyphen(tokens, span.range.upperBound)
            && sentence.text(of: span.range.upperBound + 1).unicodeScalars.first?.properties.isLowercase == true
            && sentence.text(of: span.range.lowerBound - 1).unicodeScalars.first.map { $0.isLatinLetter && $0.properties.isUppercase } == true
    }

    /// Whether a bloc's one-word English name written in lowercase is a direction: after a
    /// possessive, or before "of" and an article or a capitalised name ("off its west coast", "in
    /// the west of the country", "the west of Ukraine"; not "urged the west not to ease pressure",
    /// "accused the west of waging war").
    private func isLowercaseDirection(_ span: Span, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        guard case .entity(let id) = span.value, lexicon.entities[id]?.kind == .alliance, let last = span.range.last,
              span.range.count == 1 || span.range.count == 2 && tokens[span.range.lowerBound].reads(lexicon.keywords.the),
              let first = sentence.text(of: last).unicodeScalars.first, first.isLatinLetter, first.properties.isLowercase else { return false }
        guard span.range.lowerBound == 0 || !lexicon.isFunctionWord(tokens[span.range.lowerBound - 1].word, list: .possessives) else { return true }
        guard last + 2 < tokens.count, tokens[last + 1].reads(lexicon.keywords.of) else { return false }
        return lexicon.keywords.articles.contains { tokens[last + 2].reads($0) }
            || sentence.text(of: last + 2).unicodeScalars.first?.properties.isUppercase == true
    }

    /// A title phrase cut before its last word when an organization's name starts there and ends
    /// after it, with the role it gives ("رئيس حكومة الوحدة الوطنية": the head of government of
    /// the Government of National Unity, not the title "رئيس حكومة" and three stray words); a
    /// title that spells more of the name names the body itself ("أمين المجلس الأعلى للأمن القومي").
    private func titleCutByOrganization(_ title: Span, _ tokens: [Token], _ sentence: Sentence) -> Span? {
        let start = title.range.upperBound - 1
        guard title.range.count >= 2, tokens[start].isWord, let found = lexicon.phrases.matchWithClitics(tokens, at: start, text: sentence.document),
              case .entity(let id) = found.value, lexicon.entities[id]?.kind == .organization, found.length > 1 else { return nil }
        return Span(range: title.range.lowerBound..<start, value: title.value, clitic: title.clitic)
    }

    /// Whether a name starting inside a function phrase ends after it ("the Union State": not
    /// the anaphor "the union" but the name "Union State"): the name is read instead.
    private func overtakenByName(_ phrase: Span, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        ((phrase.range.lowerBound + 1)..<phrase.range.upperBound).contains { start in
            guard tokens[start].isWord, let found = lexicon.phrases.matchWithClitics(tokens, at: start, text: sentence.document),
                  case .entity = found.value else { return false }
            return start + found.length > phrase.range.upperBound
        }
    }
}

/// The people unknown words of a document spell otherwise, found once per word.
public final class SurnameSpellings {
    private var known: [Int32: String?] = [:]

    /// An empty record.
    public init() {}

    /// The person whose surname `token` spells otherwise (`MentionMatcher`), if any.
    func person(spelledBy token: Token, in sentence: Sentence, matcher: MentionMatcher) -> String? {
        guard token.word >= Int32(matcher.lexicon.words.count), token.utf8End - token.utf8Start >= 14 else { return nil }
        if let found = known[token.word] { return found }
        let found = matcher.surnameInOtherSpelling(token, sentence)
        known[token.word] = found
        return found
    }
}
