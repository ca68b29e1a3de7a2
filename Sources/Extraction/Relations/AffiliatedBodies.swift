import EntityGraph

/// A body said to belong to another ("قوات اليونيفيل التابعة للأمم المتحدة", "the militia
/// affiliated with Hezbollah"): an organisation right before a word of list `affiliation_words`
/// is part of the organisation, alliance or state right after it (with ل, or after the English
/// preposition closing the phrase, or on a state noun before a state: "لمملكة الدنمارك");
/// quotation marks between are allowed. A named place before the word, up to two adjectives
/// between ("جمهورية نخجوان ذاتية الحكم التابعة لأذربيجان"), lies in the state after it, unless
/// the lexicon puts it in another (a base a state holds abroad); so does the place the sentence
/// opens with, further before, when the lexicon puts it in that state ("وغرينلاند، أكبر جزيرة في
/// العالم، إقليم يتمتع بحكم ذاتي تابع لمملكة الدنمارك").
extension StructuralPatterns {
    /// Emits part_of for each organisation a word of list `affiliation_words` ties to its owner.
    func affiliatedBodies(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("affiliation_words") {
            var before = span.range.lowerBound
            while before > 0, work.isQuotationMark(before - 1) { before -= 1 }
            var after = span.range.upperBound
            while after < work.tokens.count, work.isDetachedPreposition(after) || work.isQuotationMark(after) { after += 1 }
            // "تابع لمملكة الدنمارك": the preposition on a state noun before the state.
            if after == span.range.upperBound, after < work.tokens.count, [work.tokens[after].readings.0, work.tokens[after].readings.1].contains(where: {
                ArabicClitics.endsWithPreposition($0.cliticText, "ل") && lexicon.isFunctionWord($0.word, list: .stateNouns)
            }) { after += 1 }
            guard let owner = work.actors.first(where: { $0.range.lowerBound == after }), owner.ids.count == 1,
                  after > span.range.upperBound || ArabicClitics.endsWithPreposition(owner.clitic, "ل")
                    || !work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) else { continue }
            if let body = work.actors.last(where: { $0.range.upperBound == before }), body.ids.count == 1,
               context.kind(body.ids[0]) == .organization, [.organization, .alliance, .state].contains(context.kind(owner.ids[0])) {
                context.emit(body.ids[0], .partOf, owner.ids[0], sentence: work.sentence,
                             tokens: body.range.lowerBound...(owner.range.upperBound - 1), rule: "affiliated", confidence: 0.75)
            } else if context.kind(owner.ids[0]) == .state, let place = placeQualified(before: before, work, context: context),
                      [nil, owner.ids[0]].contains(context.stateOfPlace(place.ids[0])) { // not a base a state holds abroad
                context.emit(place.ids[0], .locatedIn, owner.ids[0], sentence: work.sentence,
                             tokens: place.range.lowerBound...(owner.range.upperBound - 1), rule: "affiliated_place", confidence: 0.75)
            } else if context.kind(owner.ids[0]) == .state, let topic = work.actors.first, topic.range.lowerBound == 0, topic.ids.count == 1,
                      context.kind(topic.ids[0]) == .place, context.stateOfPlace(topic.ids[0]) == owner.ids[0] {
                context.emit(topic.ids[0], .locatedIn, owner.ids[0], sentence: work.sentence,
                             tokens: 0...(owner.range.upperBound - 1), rule: "affiliated_topic", confidence: 0.6)
            }
        }
    }

    /// The named place that ends right before token `end` or two words before it at most, the
    /// words between naming no one and breaking no clause.
    private func placeQualified(before end: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard let place = work.actors.last(where: { $0.range.upperBound <= end && $0.range.upperBound >= end - 2 }),
              place.ids.count == 1, place.source == .name, context.kind(place.ids[0]) == .place,
              (place.range.upperBound..<end).allSatisfy({ work.tokens[$0].isWord }) else { return nil }
        return place
    }
}
