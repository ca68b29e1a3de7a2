import EntityGraph

/// A guest named by nationality ("استقبل أردوغان ضيفه البريطاني"): the person the document last
/// named who serves the state of the nisba after a word of list `guest_of_nationality`, not that
/// state itself.
struct GuestsByNationality {
    /// Turns each guest word and its nisba into one span naming the guest, when the document
    /// named a person of that state before.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        var index = 0
        while index + 1 < work.spans.count {
            defer { index += 1 }
            let guest = work.spans[index]
            guard guest.value == .function("guest_of_nationality"), work.spans[index + 1].range.lowerBound == guest.range.upperBound,
                  case .nisba(let state) = work.spans[index + 1].value else { continue }
            let named = work.spans[..<index].compactMap { span -> String? in
                if case .entity(let id) = span.value, context.kind(id) == .person { return id }
                return nil
            }
            guard let person = context.searchBackwards(also: named, { context.kind($0) == .person && context.state(of: $0) == state })
            else { continue }
            work.spans[index] = Span(range: guest.range.lowerBound..<work.spans[index + 1].range.upperBound, value: .entity(person), clitic: guest.clitic)
            work.spans.remove(at: index + 1)
        }
    }
}
