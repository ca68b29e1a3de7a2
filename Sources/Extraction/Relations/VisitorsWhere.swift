import EntityGraph

/// An Arabic verb right after "حيث" that names no subject, in a sentence that told of a visit
/// before it ("تمهيدا لزيارة الرئيس الإندونيسي برابوو سوبيانتو إلى المملكة، حيث سيلتقي ولي
/// العهد", "حيث أجرى محادثات مع"): the visitor does it. Not when the verb's own subject is a pair
/// right after it ("حيث بحث الجانبان").
extension FramePatterns {
    /// The person named right after the last visit noun or verb (frame `visit`; up to three words
    /// may stand between: "زيارة يقوم بها رئيس الأوروغواي") before "حيث" that names one, when
    /// `trigger` stands right after "حيث" or after it and a verb of list `event_verbs`; nil
    /// otherwise.
    func visitorBeforeWhere(_ trigger: Span, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        // "حيث أجرى محادثات مع": a verb of list `event_verbs` may stand between.
        let whereWord = trigger.range.lowerBound - (work.token(trigger.range.lowerBound - 1, isIn: .eventVerbs, lexicon: lexicon) ? 2 : 1)
        guard !isEnglish(trigger, work), work.token(whereWord, isIn: .whereWords, lexicon: lexicon),
              work.firstActor(in: trigger.range.upperBound..<(trigger.range.upperBound + 1)).map({ $0.ids.count < 2 }) ?? true,
              // "يزور البابا ...، قبل أن يتوجه الأحد إلى بيروت حيث يلتقي": the last visit that names its visitor.
              let visitor = work.spans.reversed().lazy.filter({ $0.range.upperBound < whereWord && self.isVisit($0) }).compactMap({ visit in
                  work.firstActor(in: visit.range.upperBound..<(visit.range.upperBound + 4)) // "زيارة يقوم بها رئيس الأوروغواي"
                      .flatMap { $0.range.upperBound <= whereWord && context.kind($0.ids[0]) == .person ? $0 : nil }
              }).first else { return nil }
        return visitor
    }

    private func isVisit(_ span: Span) -> Bool {
        switch span.value {
        case .trigger(let frame), .nominalTrigger(let frame): lexicon.frames[frame].name == "visit"
        default: false
        }
    }
}
