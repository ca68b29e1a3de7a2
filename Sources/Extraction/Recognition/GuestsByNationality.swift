import EntityGraph

/// A guest named by nationality ("استقبل أردوغان ضيفه البريطاني"): the person the document last
/// named who serves the state of the nisba after a word of list `guest_of_nationality`, not that
/// state itself. A guest word with no nisba right after a verb of meeting ("السلطان حسن البلقية،
/// الذي استقبل ضيفه") is the person the document last named who serves another state than the
/// host, the person the sentence named last before it.
struct GuestsByNationality {
    let lexicon: Lexicon

    /// Turns each guest word and its nisba into one span naming the guest, when the document
    /// named a person of that state before.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        var index = 0
        while index < work.spans.count {
            defer { index += 1 }
            let guest = work.spans[index]
            guard guest.value == .function("guest_of_nationality") else { continue }
            let named = work.spans[..<index].compactMap { span -> String? in
                if case .entity(let id) = span.value, context.kind(id) == .person { return id }
                return nil
            }
            guard index + 1 < work.spans.count, work.spans[index + 1].range.lowerBound == guest.range.upperBound,
                  case .nisba(let state) = work.spans[index + 1].value else {
                if let host = named.last, followsMeetingVerb(guest, work), let other = context.searchBackwards(also: named, { id in
                    context.kind(id) == .person && id != host && context.state(of: id) != nil && context.state(of: id) != context.state(of: host)
                }) {
                    work.spans[index] = Span(range: guest.range, value: .entity(other), clitic: guest.clitic)
                }
                continue
            }
            guard let person = context.searchBackwards(also: named, { context.kind($0) == .person && context.state(of: $0) == state })
            else { continue }
            work.spans[index] = Span(range: guest.range.lowerBound..<work.spans[index + 1].range.upperBound, value: .entity(person), clitic: guest.clitic)
            work.spans.remove(at: index + 1)
        }
    }

    /// Whether a trigger of a meeting frame ends right before `guest` ("استقبل ضيفه").
    private func followsMeetingVerb(_ guest: Span, _ work: SentenceWork) -> Bool {
        guard case .trigger(let frame)? = work.span(endingAt: guest.range.lowerBound)?.value else { return false }
        return RelationType(lexicon.frames[frame].type) == .metWith
    }
}
