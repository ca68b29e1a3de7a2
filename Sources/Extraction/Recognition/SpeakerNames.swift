import EntityGraph

/// People the lexicon does not know, named in English right before a verb of speech (list
/// `speech_verbs`) or an oath of office (list `oath_phrases`, "was" allowed between: "Peter
/// Mutharika was sworn in as"): two or three capitalised words that name nothing known and are
/// of no function list, the first a given name (list `given_names`, or the first word of a known
/// person's English name) unless "was" is there, after no other capitalised word ("Armen
/// Grigoryan said", "..., Sergei Petrov told reporters"); Arabic names in `arabicNames`. The
/// name gets a span of its own, and is matched in the rest of the document. A name that opens a
/// sentence after one whose title spoke with no holder named holds that title ("..., the
/// secretary of Armenia's Security Council said on Monday. Armen Grigoryan said ...").
struct SpeakerNames {
    let lexicon: Lexicon

    /// Adds a span for each such name.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        var found: [Span] = []
        let names = CompanyNames(lexicon: lexicon)
        for verb in work.spans where [.function("speech_verbs"), .function("oath_phrases")].contains(verb.value)
                && work.startsLatin(verb.range.lowerBound, capital: false) {
            // "Peter Mutharika was sworn in as": an auxiliary between the name and the oath.
            let auxiliary = verb.value == .function("oath_phrases") && work.token(verb.range.lowerBound - 1, isIn: .passiveAuxiliaries, lexicon: lexicon)
            let end = verb.range.lowerBound - (auxiliary ? 1 : 0)
            let start = names.unknownCapitalisedStart(before: end, work)
            guard end - start >= 2, auxiliary || lexicon.givenNames.contains(work.tokens[start].word),
                  start == 0 || !work.startsLatin(start - 1, capital: true) else { continue }
            let person = context.discoverPerson(work.sentence, start..<end)
            found.append(Span(range: start..<end, value: .entity(person), clitic: ""))
            if start == 0, verb.value == .function("speech_verbs"), let title = context.unnamedSpeakingTitle, title.sentence == context.sentenceNumber - 1 {
                context.affiliation[person] = title.office
                context.roles[person] = title.role
                context.emit(person, .holdsRole, title.office, attributes: ["role": title.role], sentence: work.sentence,
                             tokens: start...(verb.range.upperBound - 1), rule: "title_named_after", confidence: 0.7)
            }
        }
        found += arabicNames(work, context: context)
        if !found.isEmpty { work.addSpans(found) }
    }
}
