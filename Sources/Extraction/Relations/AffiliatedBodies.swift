import EntityGraph

/// A body said to belong to another ("قوات اليونيفيل التابعة للأمم المتحدة", "the militia
/// affiliated with Hezbollah"): an organisation right before a word of list `affiliation_words`
/// is part of the organisation, alliance or state right after it (with ل, or after the English
/// preposition closing the phrase); quotation marks between are allowed.
extension StructuralPatterns {
    /// Emits part_of for each organisation a word of list `affiliation_words` ties to its owner.
    func affiliatedBodies(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("affiliation_words") {
            var before = span.range.lowerBound
            while before > 0, work.isQuotationMark(before - 1) { before -= 1 }
            var after = span.range.upperBound
            while after < work.tokens.count, work.isDetachedPreposition(after) || work.isQuotationMark(after) { after += 1 }
            guard let body = work.actors.last(where: { $0.range.upperBound == before }), body.ids.count == 1,
                  context.kind(body.ids[0]) == .organization,
                  let owner = work.actors.first(where: { $0.range.lowerBound == after }), owner.ids.count == 1,
                  [.organization, .alliance, .state].contains(context.kind(owner.ids[0])),
                  after > span.range.upperBound || ArabicClitics.endsWithPreposition(owner.clitic, "ل")
                    || !work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) else { continue }
            context.emit(body.ids[0], .partOf, owner.ids[0], sentence: work.sentence,
                         tokens: body.range.lowerBound...(owner.range.upperBound - 1), rule: "affiliated", confidence: 0.75)
        }
    }
}
