import EntityGraph

/// A title in the plural or the Arabic dual before two names joined by "and" or و ("Foreign
/// Ministers Ararat Mirzoyan and Jeyhun Bayramov", "US envoys Steve Witkoff and Jared Kushner",
/// "الرئيسين فلاديمير بوتين وإلهام علييف"): the second person holds the same role, in the office
/// the lexicon gives them on the article date, or, for a person the lexicon gives no office
/// then, in the office of the first. An Arabic second name must be one the lexicon gives that
/// role on the article date.
extension RoleRecognizer {
    /// Emits holds_role for the person named after "and" or و at token `end`, when the title
    /// before the first name is plural or dual.
    func secondHolderOfPluralTitle(_ role: String, after end: Int, _ work: SentenceWork, context: DocumentContext) {
        guard let first = work.actors.last(where: { $0.range.upperBound == end }),
              let title = work.spans.first(where: { span in
                  guard span.range.lowerBound >= first.range.lowerBound, span.range.upperBound <= first.range.upperBound,
                        case .title = span.value else { return false }
                  return true
              }) else { return }
        let arabic = work.sentence.document.isArabic(work.tokens[title.range.lowerBound])
        let nameStart: Int
        if arabic, lexicon.leaderPairs.contains(NameFolding.fold(work.sentence.text(of: title.range.lowerBound))),
           let next = work.spanIndex(startingAt: end), work.spans[next].clitic.hasPrefix("و") {
            nameStart = end
        } else if !arabic, work.token(end, is: lexicon.keywords.and), isEnglishPluralTitle(title, work) {
            nameStart = end + 1
        } else {
            return
        }
        let person: String, range: Range<Int>, office: String
        var clitic = ""
        if let next = work.spanIndex(startingAt: nameStart), !work.consumed.contains(next),
           case .entity(let known) = work.spans[next].value, context.kind(known) == .person {
            let held = lexicon.entities[known]?.roles(heldOn: context.date) ?? []
            guard let kept = held.first(where: { $0.role == role })?.of ?? (held.isEmpty && !arabic ? context.affiliation[first.ids[0]] : nil)
            else { return }
            (person, range, office, clitic) = (known, work.spans[next].range, kept, work.spans[next].clitic)
            work.consumed.insert(next)
        } else if !arabic, work.spanIndex(startingAt: nameStart) == nil, let length = nameLength(work, from: nameStart),
                  let firstOffice = context.affiliation[first.ids[0]] {
            range = nameStart..<(nameStart + length)
            (person, office) = (context.discoverPerson(work.sentence, range), firstOffice)
        } else {
            return
        }
        context.mention(person, in: work.sentence, range)
        work.add(Actor(ids: [person], range: range, clitic: clitic, source: .name))
        recordSecondHolder(person, role: role, office: office, evidence: title.range.lowerBound...(range.upperBound - 1), work, context: context)
    }

    /// Introduces the person named after "and" at token `end` when a former English title in the
    /// plural comes before the first name ("former prime ministers Anicet-Georges Dologuele and
    /// Henri-Marie Dondra"): a person too, who holds no office now.
    func secondNameOfFormerPluralTitle(_ title: Span, after end: Int, _ work: SentenceWork, context: DocumentContext) {
        guard work.token(end, is: lexicon.keywords.and), isEnglishPluralTitle(title, work), work.spanIndex(startingAt: end + 1) == nil,
              let length = nameLength(work, from: end + 1) else { return }
        let range = (end + 1)..<(end + 1 + length)
        let person = context.discoverPerson(work.sentence, range)
        context.mention(person, in: work.sentence, range)
        work.add(Actor(ids: [person], range: range, clitic: "", source: .name))
    }

    /// Whether an English title is written in the plural: its last word without the final "s"
    /// makes a title of the same role ("prime ministers", "Presidents"; not "Minister of Foreign
    /// Affairs").
    func isEnglishPluralTitle(_ span: Span, _ work: SentenceWork) -> Bool {
        guard case .title(let role) = span.value, let last = span.range.last, !work.sentence.document.isArabic(work.tokens[last]) else { return false }
        let word = NameFolding.fold(work.sentence.text(of: last))
        guard word.hasSuffix("s"), let singular = lexicon.words.id(String(word.dropLast())) else { return false }
        return lexicon.phrases.value(exactly: span.range.dropLast().map { work.tokens[$0].word } + [singular]) == .title(role)
    }
}
