import EntityGraph

/// An organisation the text says is a state's: after the state's English possessive or nisba and
/// up to four lower-case words ("Russia's state nuclear corporation Rosatom", "the Russian state
/// news agency Sputnik"), or named, after its kind too, with the state's Arabic nisba right after
/// it ("شركة روساتوم الروسية", "مؤسسة "روساتوم" الروسية") → part_of the state, unless the
/// lexicon puts it in another or a nisba inside its name tells its state.
extension StructuralPatterns {
    /// Emits part_of for every named organisation written as a state's.
    func organizationsOfStates(_ work: SentenceWork, context: DocumentContext) {
        for organization in work.actors where [.name, .title].contains(organization.source) && context.kind(organization.ids[0]) == .organization {
            let id = organization.ids[0]
            // "Ukrainian citizens working for Russian intelligence": a nisba in the name tells the state.
            guard !work.spans.contains(where: { organization.range.contains($0.range.lowerBound) && $0.value.isNisba }) else { continue }
            guard let state = possessingState(of: organization, work, context: context) ?? nisbaState(after: organization, work),
                  (lexicon.entities[id]?.partOf).map({ $0 == state }) ?? true, !context.armedForces.contains(id) else { continue }
            context.emit(id, .partOf, state, sentence: work.sentence,
                         tokens: organization.range.lowerBound...(organization.range.upperBound - 1),
                         rule: "organization_of_state", confidence: 0.8)
        }
    }

    /// The state whose English possessive or nisba stands before the organisation, with up to
    /// four lower-case words between, no stopword ("the Sudanese army and the paramilitary RSF",
    /// "Rwanda's security concerns over the FDLR") nor an event word ("the Israeli strike
    /// targeted Hamas"): at least one, unless the lexicon puts the organisation in that state
    /// ("Ukraine's Security Service"; in "Iran's Hezbollah" the owner is an ally).
    private func possessingState(of organization: Actor, _ work: SentenceWork, context: DocumentContext) -> String? {
        var cursor = organization.range.lowerBound
        while cursor > 0, organization.range.lowerBound - cursor < 4, work.possessiveLength(before: cursor) == nil, work.tokens[cursor - 1].isWord,
              work.sentence.text(of: cursor - 1).first.map({ $0.isASCII && $0.isLowercase }) == true,
              work.firstActor(in: (cursor - 1)..<cursor) == nil, !lexicon.isFunctionWord(work.tokens[cursor - 1].word, list: .stopwords),
              !isEventWord(cursor - 1, work) {
            cursor -= 1
        }
        if cursor < organization.range.lowerBound, let nisba = work.span(endingAt: cursor), case .nisba(let state) = nisba.value,
           !work.sentence.document.isArabic(work.tokens[nisba.range.lowerBound]) {
            return state
        }
        guard let length = work.possessiveLength(before: cursor), let owner = work.actor(endingBefore: cursor - length, gap: 0),
              context.kind(owner.ids[0]) == .state,
              cursor < organization.range.lowerBound || lexicon.entities[organization.ids[0]]?.partOf == owner.ids[0] else { return nil }
        return owner.ids[0]
    }

    /// Whether token `index` is in a frame's trigger: the nisba before it qualifies the event
    /// ("The Israeli strike targeted Hamas"), not the organisation after it.
    private func isEventWord(_ index: Int, _ work: SentenceWork) -> Bool {
        work.spans.contains { span in
            guard span.range.contains(index) else { return false }
            switch span.value {
            case .trigger, .nominalTrigger: return true
            default: return false
            }
        }
    }

    /// The state of an Arabic nisba written right after the organisation's name, or after the
    /// quotation mark closing it ("شركة "روساتوم" الروسية").
    private func nisbaState(after organization: Actor, _ work: SentenceWork) -> String? {
        let end = organization.range.upperBound + (work.isQuotationMark(organization.range.upperBound) ? 1 : 0)
        guard let next = work.spanIndex(startingAt: end), work.spans[next].clitic.isEmpty,
              case .nisba(let state) = work.spans[next].value, work.sentence.document.isArabic(work.tokens[end]) else { return nil }
        return state
    }
}
