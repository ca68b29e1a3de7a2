import EntityGraph

/// Two titles of one person joined by و / "and" before the name ("رئيس مجلس السيادة الانتقالي
/// وقائد الجيش عبد الفتاح البرهان", "رئيس الوزراء ووزير الخارجية القطري محمد بن عبد الرحمن", "Prime
/// Minister and Foreign Minister Mohammed bin Abdulrahman"): the person the second title names
/// holds the first one's role too, in its own office, or, for a national title with none, in the
/// second office's state; also when the second title is a former one ("رئيس حركة النهضة ورئيس
/// البرلمان السابق راشد الغنوشي").
extension RoleRecognizer {
    /// A first title waiting for the person the title joined to it names.
    struct JoinedTitle {
        /// The first title's role.
        let role: String
        /// The office the first title names, if any.
        let office: String?
        /// The token the first title starts at.
        let start: Int
    }

    /// The index of the span of a title joined by و / "and" to the title before it, at token
    /// `index`, not yet read by another title; nil when none stands there.
    func joinedTitle(at index: Int, _ work: SentenceWork) -> Int? {
        let arabic = index < work.tokens.count && work.sentence.document.isArabic(work.tokens[index])
        let start = !arabic && work.token(index, is: lexicon.keywords.and) ? index + 1 : index
        guard let next = work.spanIndex(startingAt: start), case .title = work.spans[next].value, !work.consumed.contains(next),
              arabic ? work.spans[next].clitic == "و" : start == index + 1 else { return nil }
        return next
    }

    /// Whether the title span `joined` has a nisba or a state after it other than the state of
    /// `office`, the first title's ("أمير قطر والرئيس التركي": two people, not one with two titles).
    func namesOtherState(after joined: Int, than office: String?, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard let office, let state = context.state(of: office),
              let next = work.spanIndex(startingAt: work.spans[joined].range.upperBound) else { return false }
        switch work.spans[next].value {
        case .nisba(let other): return other != state
        case .entity(let other): return context.kind(other) == .state && other != state
        default: return false
        }
    }

    /// Gives `person`, named by a second title in `office`, the first title's role: in the first
    /// title's own office, unless it lies in another state than `office` (one of no known state, a
    /// party's, lies in none) or the lexicon names another holder of it (of a title only one holds
    /// at a time); a national title with no office of its own is the one of `office`'s state.
    func holdJoinedTitle(_ first: JoinedTitle, person: String, office: String, range: Range<Int>, _ work: SentenceWork, context: DocumentContext) {
        let state = context.state(of: office)
        guard let held = first.office ?? (lexicon.nationalRoles.contains(first.role) ? state : nil),
              context.state(of: held).map({ $0 == state }) ?? true, context.soleHolder(of: first.role, in: held).map({ $0 == person }) ?? true else { return }
        context.emit(person, .holdsRole, held, attributes: ["role": first.role], sentence: work.sentence,
                     tokens: range.lowerBound...(range.upperBound - 1), rule: "joined_title", confidence: 0.85)
    }
}
