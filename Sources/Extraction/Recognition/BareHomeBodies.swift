/// A government or authorities named bare, with no state before or after ("Thiam accused the
/// government of ...", "بينما نفت الحكومة هذه الأرقام", "أغلقت السلطات الحدود"), in a story whose
/// dateline names a state the story names too: that state itself, as a reader of a story told
/// from there takes it (no body of it is made up). The words are those of list
/// `bare_home_bodies`; not before "of" ("the government of Mali" is named by what follows;
/// "accused the government of organising" is bare), nor before an adjective or after one
/// ("الحكومة الجديدة", "the new government": another state's, often) or an Arabic relative
/// pronoun ("الحكومة التي شكلها تحالف ..."), nor after another state the
/// sentence names, unless the home state opens it ("The EU suspended Georgia's accession after the
/// government halted ..." in a story from Baku is Georgia's).
extension InstitutionRecognizer {
    /// The dateline's state for such a bare body at `span`, if the story names it.
    func homeStateOfBareBody(_ span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        let last = span.range.upperBound - 1
        guard span.range.count == 1, work.token(last, isInWordList: "bare_home_bodies", lexicon: lexicon),
              let home = context.datelineState, context.history.contains(home),
              !namesOtherStateFirst(before: span, home: home, work) else { return nil }
        if work.sentence.document.isArabic(work.tokens[last]) {
            let next = span.range.upperBound
            let qualified = next < work.tokens.count && work.tokens[next].isWord && work.sentence.document.startsWithArticle(work.tokens[next])
                && work.sentence.document.ends(work.tokens[next], with: "ة") // an adjective agrees: "الحكومة الجديدة", not "الحكومة الحدود"
                || work.token(next, isIn: .relativePronouns, lexicon: lexicon) // "الحكومة التي شكلها تحالف ..." is that one
            return work.sentence.document.startsWithArticle(work.tokens[last]) && !qualified ? home : nil
        }
        let ofWhom = work.token(span.range.upperBound, is: lexicon.keywords.of)
            && !(span.range.upperBound + 1 < work.tokens.count && work.sentence.text(of: span.range.upperBound + 1).hasSuffix("ing"))
        guard work.token(last - 1, is: lexicon.keywords.the), !ofWhom else { return nil }
        return home
    }

    /// Whether the sentence names a state other than `home` before `span` (by name or nisba)
    /// and does not open with `home`.
    private func namesOtherStateFirst(before span: Span, home: String, _ work: SentenceWork) -> Bool {
        let opensWithHome = work.spans.first { $0.range.upperBound <= span.range.lowerBound && $0.state(in: lexicon) != nil }?.state(in: lexicon) == home
        return !opensWithHome && work.spans.contains { other in
            other.range.upperBound <= span.range.lowerBound && other.state(in: lexicon).map { $0 != home } == true
        }
    }
}
