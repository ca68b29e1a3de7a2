import EntityGraph

/// An Arabic verbal noun of joining with the bloc after إلى, governed by a verb before it ("تسعى
/// جورجيا إلى الانضمام إلى الاتحاد الأوروبي", "قررت فنلندا الانضمام إلى الحلف", "وقعت دمشق
/// إعلانا للانضمام إلى التحالف الدولي"): the state that verb's subject names plans to join it.
/// Nothing after a refusal, a negation or a suspension between them ("ترفض أنقرة الانضمام إلى
/// العقوبات", "جورجيا تعلق مفاوضات الانضمام"), after "من" ("تحذير روسي للسويد من الانضمام"),
/// right after an event word ("بطلب الانضمام": a request), nor when another word of the
/// sentence tells a join itself (the frame `join` reads it).
extension StructuralPatterns {
    /// How far before the verbal noun (in tokens) its subject is looked for.
    private static let subjectReach = 12

    /// Emits member_of, planned, for each such verbal noun.
    func joiningIntents(_ work: SentenceWork, context: DocumentContext) {
        let bit = lexicon.wordLists.bit("joining_nouns")
        for index in work.tokens.indices.dropLast(2) where work.tokens[index].wordLists & bit != 0 && work.token(index + 1, is: lexicon.keywords.to) {
            // "حذرت السويد من الانضمام": kept from joining; "تقدمت بطلب الانضمام": a bid, which the frame `apply_to_join` reads.
            if work.token(index - 1, is: lexicon.keywords.from)
                || work.spans.contains(where: { $0.isEventWord && $0.range.lowerBound < index && $0.range.upperBound >= index }) { continue }
            guard let bloc = work.actors.first(where: { $0.range.lowerBound == index + 2 }), context.kind(bloc.ids[0]) == .alliance,
                  !work.spans.contains(where: { span in
                      guard span.range.lowerBound != index else { return false }
                      switch span.value {
                      case .trigger(let frame), .nominalTrigger(let frame): return RelationType(lexicon.frames[frame].type) == .memberOf
                      default: return false
                      }
                  }),
                  let subject = work.actors.last(where: { actor in
                      actor.range.upperBound <= index && index - actor.range.upperBound <= Self.subjectReach
                          && context.kind(context.actingEntity(actor.ids[0])) == .state && !work.isPrepositional(actor) // not "أوساط الصيد في آيسلندا"
                  }) else { continue }
            // The governing verb stands between them or in the three words before the subject ("لم تقرر السويد الانضمام").
            let governing = max(0, subject.range.lowerBound - 3)..<index
            let undoing = lexicon.frames.indices.filter { RelationType(lexicon.frames[$0].type) == .memberOf }.flatMap { lexicon.frameUndoingWords[$0] }
            guard !work.hasClauseBreak(subject.range.upperBound..<index),
                  !work.spans.contains(where: { work.isRefusal($0, lexicon: lexicon) && governing.contains($0.range.lowerBound) }),
                  !governing.contains(where: { work.token($0, isIn: .negations, lexicon: lexicon) || undoing.contains(work.tokens[$0].word) })
            else { continue }
            for state in Set(subject.ids.map(context.actingEntity)).sorted() where context.kind(state) == .state {
                context.emit(state, .memberOf, bloc.ids[0], attributes: ["modality": "planned"], sentence: work.sentence,
                             tokens: subject.range.lowerBound...(bloc.range.upperBound - 1), rule: "joining_intent", confidence: 0.6)
            }
        }
    }
}
