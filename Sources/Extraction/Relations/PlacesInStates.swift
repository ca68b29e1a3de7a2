import EntityGraph

/// A place written with a noun of its kind and the state it lies in: "مقاطعة بيلغورود الروسية",
/// "جيب كالينينغراد الروسي" (noun, place, nisba; or "في" / ب, place, nisba: "في ريازان الروسية",
/// a state the lexicon gives the place agreeing), "the Ukrainian city of Kharkiv" (nisba, noun,
/// "of", place), "Russia's Kursk region" (state, possessive, place, noun), "Russia's Black Sea
/// port of Tuapse" (state, possessive, words, noun, "of", place) and "linking Azerbaijan to its
/// Nakhchivan exclave" (state, possessive pronoun, place, noun) and "near Aktau, Kazakhstan"
/// (a preposition, place, comma, state, end of clause) and "Daugavpils, Latvia's second city"
/// (place, comma, state, possessive, up to two words, noun) → located_in. Without the
/// noun a nisba after a place may qualify a word before it ("قصف خاركيف الروسي" is a Russian
/// shelling), so none is read. A location word ("الواقع شرقي مولدوفا", "located in"), an
/// apposition naming the place's kind ("Transnistria, a breakaway region in Moldova's east") or
/// a predicate naming it ("Greenland ... is a semi-autonomous territory of Denmark") places a
/// place or an organisation in the place or state after it.
extension StructuralPatterns {
    /// Emits located_in for every named place the words around it put in a state, and for every
    /// place or organisation a word of list `location_words` puts in a place or state.
    func placesInStates(_ work: SentenceWork, context: DocumentContext) {
        for place in work.actors where place.source == .name && [.place, .organization].contains(context.kind(place.ids[0])) {
            if context.kind(place.ids[0]) == .place, let (state, tokens) = stateNamed(with: place, work, context: context) {
                context.emit(place.ids[0], .locatedIn, state, sentence: work.sentence, tokens: tokens, rule: "place_in_state", confidence: 0.8)
            } else if let (outer, tokens) = location(of: place, work, context: context) {
                context.emit(place.ids[0], .locatedIn, outer, sentence: work.sentence, tokens: tokens, rule: "located_at", confidence: 0.75)
            }
        }
    }

    /// The place or state a location word puts an actor in: the word within three tokens after
    /// it (adjectives and a comma between), then up to three words (a preposition, a direction) before the
    /// place or state ("إقليم ترانسنيستريا الانفصالي الواقع شرقي مولدوفا", "the Zaporizhzhia
    /// plant, located in southern Ukraine"); or the preposition of an apposition naming the
    /// place's kind (`appositivePlaceNoun`).
    private func location(of actor: Actor, _ work: SentenceWork, context: DocumentContext) -> (String, ClosedRange<Int>)? {
        let end = actor.range.upperBound
        let start: Int
        if let marker = work.spans.first(where: { span in
            span.range.lowerBound >= end && span.range.lowerBound - end <= 3 && span.value == .function("location_words")
        }), !work.hasClauseBreak(end..<max(end, marker.range.lowerBound - 1)) {
            start = marker.range.upperBound
        } else if let afterNoun = appositivePlaceNoun(after: end, work) ?? predicatePlaceNoun(after: end, work) {
            start = afterNoun
        } else {
            return nil
        }
        guard let outer = work.actors.first(where: { $0.range.lowerBound >= start }), outer.range.lowerBound - start <= 3,
              !work.hasClauseBreak(start..<outer.range.lowerBound), outer.source == .name,
              [.place, .state].contains(context.kind(outer.ids[0])), outer.ids[0] != actor.ids[0] else { return nil }
        return (outer.ids[0], actor.range.lowerBound...(outer.range.upperBound - 1))
    }

    /// Where the place or state may start after an apposition describing a place by its kind
    /// and a preposition of location ("Transnistria, a breakaway region in Moldova's east",
    /// "ترانسنيستريا، المنطقة الانفصالية في شرق مولدوفا"): right after the preposition, when the
    /// comma at `end` opens the apposition (no relative clause: "Moscow, which recognizes the
    /// breakaway regions of"), at most four words naming no one lead to the noun and at most two
    /// (Arabic adjectives) lead from it to the preposition.
    private func appositivePlaceNoun(after end: Int, _ work: SentenceWork) -> Int? {
        guard end < work.tokens.count, work.tokens[end].mark == "," || work.tokens[end].mark == "،",
              !work.token(end + 1, isIn: .relativePronouns, lexicon: lexicon) else { return nil }
        return placeNounPreposition(from: end + 1, work)
    }

    /// The same after "is" / "was", past an aside between commas ("Greenland, home to about
    /// 57,000 people, is a semi-autonomous territory of Denmark").
    private func predicatePlaceNoun(after end: Int, _ work: SentenceWork) -> Int? {
        var copula = end
        if copula < work.tokens.count, work.tokens[copula].mark == "," {
            guard let close = ((end + 1)..<min(work.tokens.count, end + 10)).first(where: { work.tokens[$0].mark == "," && !work.isDigitGroupComma($0) })
            else { return nil }
            copula = close + 1
        }
        // "Moscow was using the separatist region of Transnistria": a verb, no predicate noun.
        guard work.token(copula, isIn: .passiveAuxiliaries, lexicon: lexicon), copula + 1 < work.tokens.count,
              !work.sentence.text(of: copula + 1).hasSuffix("ing") else { return nil }
        return placeNounPreposition(from: copula + 1, work)
    }

    /// Right after the preposition of location that follows a place noun, when at most four
    /// words naming no one lead from `start` to the noun and at most two from it to the
    /// preposition.
    private func placeNounPreposition(from start: Int, _ work: SentenceWork) -> Int? {
        let end = start - 1
        var cursor = start
        while cursor < work.tokens.count, cursor - end <= 5, work.tokens[cursor].isWord || PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, cursor),
              !work.actors.contains(where: { $0.range.contains(cursor) }) {
            if work.token(cursor, isIn: .placeNouns, lexicon: lexicon) {
                let preposition = ((cursor + 1)...(cursor + 3)).first { index in
                    work.token(index, isOneOf: lexicon.keywords.locative) || work.token(index, is: lexicon.keywords.of)
                }
                guard let preposition, ((cursor + 1)..<preposition).allSatisfy({ work.tokens[$0].isWord && work.firstActor(in: $0..<($0 + 1)) == nil })
                else { return nil }
                return preposition + 1
            }
            cursor += 1
        }
        return nil
    }

    /// The state the words around a place put it in, and the tokens that say so.
    private func stateNamed(with place: Actor, _ work: SentenceWork, context: DocumentContext) -> (String, ClosedRange<Int>)? {
        let start = place.range.lowerBound, end = place.range.upperBound
        let located = work.token(start - 1, isOneOf: lexicon.keywords.locative) || ArabicClitics.endsWithPreposition(place.clitic, "ب")
        if work.token(start - 1, isIn: .placeNouns, lexicon: lexicon) || located, let next = work.spanIndex(startingAt: end),
           case .nisba(let state) = work.spans[next].value, !located || (context.stateOfPlace(place.ids[0]) ?? state) == state {
            return (state, (start - 1)...(work.spans[next].range.upperBound - 1))
        }
        let nouns = work.token(start - 3, isIn: .placeNouns, lexicon: lexicon) ? start - 3 : start - 2 // "the Chinese port city of Tianjin"
        if work.token(start - 1, is: lexicon.keywords.of), work.token(start - 2, isIn: .placeNouns, lexicon: lexicon),
           let nisba = work.spans.last(where: { $0.range.upperBound == nouns }), case .nisba(let state) = nisba.value {
            return (state, nisba.range.lowerBound...(end - 1))
        }
        let namesAnother = work.token(end + 1, is: lexicon.keywords.of) && work.actors.contains { $0.range.lowerBound == end + 2 }
        if work.token(end, isIn: .placeNouns, lexicon: lexicon), !namesAnother, let owner = work.actor(endingBefore: start, gap: 2),
           work.adjoins(owner.range.upperBound, start), owner.range.upperBound < start, context.kind(owner.ids[0]) == .state {
            return (owner.ids[0], owner.range.lowerBound...end)
        }
        if work.token(start - 1, is: lexicon.keywords.of), work.token(start - 2, isIn: .placeNouns, lexicon: lexicon),
           let owner = work.actors.last(where: { $0.range.upperBound < start - 2 && start - 2 - $0.range.upperBound <= 5 && context.kind($0.ids[0]) == .state }),
           work.possessiveLength(at: owner.range.upperBound) != nil {
            return (owner.ids[0], owner.range.lowerBound...(end - 1))
        }
        // "إقليم ترانسنيستريا الانفصالي شرقي مولدوفا": an Arabic adjective, or a phrase of list `autonomy_phrases`, may stand between.
        let adjective = end < work.tokens.count && work.sentence.document.isArabic(work.tokens[end]) && work.spanIndex(startingAt: end) == nil
            && work.sentence.document.startsWithArticle(work.tokens[end]) && !lexicon.isFunctionWord(work.tokens[end].word, list: .stopwords)
        let between = work.spanIndex(startingAt: end).flatMap { work.spans[$0].value == .function("autonomy_phrases") ? work.spans[$0].range.count : nil }
            ?? (adjective ? 1 : 0)
        if let state = stateAfterCompassWord(at: end, work, context: context)
            ?? (between > 0 ? stateAfterCompassWord(at: end + between, work, context: context) : nil) {
            return (state.id, start...(state.end - 1))
        }
        if let owner = possessiveApposition(after: place, work, context: context) { return owner }
        // "near Aktau, Kazakhstan." / "in Aktau, Kazakhstan, on Monday" / a dateline "UZHHOROD, Ukraine, Oct 3": an
        // English place and its state after a comma.
        if !work.sentence.document.isArabic(work.tokens[start]), end + 1 < work.tokens.count, work.tokens[end].mark == ",",
           let state = work.actors.first(where: { $0.range.lowerBound == end + 1 }), context.kind(state.ids[0]) == .state,
           state.range.upperBound == work.tokens.count || work.tokens[state.range.upperBound].mark.map({ ",.;)".unicodeScalars.contains($0) }) == true,
           context.stateOfPlace(place.ids[0]).map({ $0 == state.ids[0] }) ?? true, work.token(start - 1, isOneOf: lexicon.keywords.locative)
            || work.token(start - 1, isIn: .vicinityWords, lexicon: lexicon) || start == 0 && work.text(place.range).allSatisfy({ !$0.isLowercase }) {
            return (state.ids[0], start...(state.range.upperBound - 1))
        }
        if work.token(end, isIn: .placeNouns, lexicon: lexicon), work.token(start - 1, isIn: .possessives, lexicon: lexicon),
           let owner = work.actor(endingBefore: start - 1, gap: 2), context.kind(owner.ids[0]) == .state,
           !work.hasClauseBreak(owner.range.upperBound..<(start - 1)) {
            return (owner.ids[0], owner.range.lowerBound...end)
        }
        return nil
    }

    /// The state named right after a compass word of list `compass_locations` that starts at
    /// `index` with no proclitic ("شمالي العراق", "in northern Iraq"; not "أنقرة وشرق ليبيا"), or
    /// the place named after one that starts with "in" / "في" ("in northwestern Greenland"), and
    /// where its name ends.
    func stateAfterCompassWord(at index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, end: Int)? {
        guard let compass = work.spanIndex(startingAt: index), work.spans[compass].value == .function("compass_locations"),
              work.spans[compass].clitic.isEmpty,
              let named = work.spanIndex(startingAt: work.spans[compass].range.upperBound),
              case .entity(let state) = work.spans[named].value,
              context.kind(state) == .state || (context.kind(state) == .place && work.token(index, isOneOf: lexicon.keywords.locative))
        else { return nil }
        return (state, work.spans[named].range.upperBound)
    }

    /// The state of an English apposition after a place that names it with the state's
    /// possessive and a place noun, up to two words between them ("Daugavpils, Latvia's second
    /// city", "Kharkiv, Ukraine's second-largest city"), and the tokens they span.
    private func possessiveApposition(after place: Actor, _ work: SentenceWork, context: DocumentContext) -> (String, ClosedRange<Int>)? {
        let end = place.range.upperBound
        guard end + 1 < work.tokens.count, !work.sentence.document.isArabic(work.tokens[place.range.lowerBound]), work.tokens[end].mark == ",",
              let state = work.actors.first(where: { $0.range.lowerBound == end + 1 }), context.kind(state.ids[0]) == .state,
              let length = work.possessiveLength(at: state.range.upperBound) else { return nil }
        var cursor = state.range.upperBound + length
        let limit = cursor + 3
        while cursor < min(limit, work.tokens.count), !work.token(cursor, isIn: .placeNouns, lexicon: lexicon),
              work.tokens[cursor].isWord || work.tokens[cursor].mark == "-", work.spanIndex(startingAt: cursor) == nil {
            cursor += 1
        }
        guard cursor < work.tokens.count, work.token(cursor, isIn: .placeNouns, lexicon: lexicon) else { return nil }
        return (state.ids[0], place.range.lowerBound...cursor)
    }
}
