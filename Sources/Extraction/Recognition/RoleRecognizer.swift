import EntityGraph

/// Reads titles: title + nisba, organisation or state body ("المتحدثة باسم وزارة الخارجية
/// الروسية") (+ posting place) + name gives a person holding
/// a role ("وزير الخارجية التركي هاكان فيدان" → Fidan holds_role foreign_minister of Turkey),
/// and so does a title in apposition to a person ("يوري أوشاكوف، مستشار الرئيس الروسي");
/// "نظيره الروسي X" gives X the same role in the other state; the president of a state body
/// ("رئيس الاستخبارات العسكرية الأوكرانية") is its director; a title with no name resolves to
/// the lexicon's holder on the article date, or else stands for the office itself. A past title
/// ("وزير الدفاع الروسي السابق X", "former Chancellor X") names its holder but gives no role; a
/// title after a deputy word ("نائب", "deputy") names no holder, and its role is the deputy's; a
/// state's title before a person the lexicon gives that role in one of the state's bodies is that
/// body's ("Libyan commander Khalifa Haftar": the Libyan National Army's). A
/// regime word before the title ("نظام الرئيس البيلاروسي ألكسندر لوكاشينكو") makes the actor the
/// state the holder rules.
struct RoleRecognizer {
    let lexicon: Lexicon
    /// The role of a title that only says its holder heads the office ("chief", "الرئيس
    /// التنفيذي"): a known person's own role in that office on the article date is more exact
    /// ("NATO chief Mark Rutte" is its secretary general), as it is than the role guessed for a
    /// counterpart ("والتقى الرئيس تبون ونظيره أحمد عطاف": the visiting minister's counterpart).
    static let genericRole = "head"
    /// The role of a title that names whoever of that office the story named last ("المسؤول
    /// الصيني" after China's premier is the premier; in English only after "the": "the Chinese
    /// official", not "a senior U.S. official").
    static let anyRole = "official"

    func recognize(_ work: SentenceWork, context: DocumentContext) {
        var lastRole: String?
        var joinedTitles: [Int: JoinedTitle] = [:] // first titles, by the span of the title joined to them
        var index = 0
        while index < work.spans.count {
            defer { index += 1 }
            guard !work.consumed.contains(index) else { continue }
            let span = work.spans[index]
            var role: String
            var ofSubject: (role: String, state: String?)? // a counterpart of the sentence's first person
            switch span.value {
            case .title(let name): role = name
            case .function("counterpart"):
                ofSubject = subjectsCounterpart(span, work, context: context)
                guard let previous = knownCounterpartsRole(span, work, context: context) ?? ofSubject?.role ?? lastRole
                        ?? roleOfPerson(before: span, work, context: context) else { continue }
                role = previous
            default: continue
            }
            if role == Self.anyRole, !isDefiniteEnglishOfficial(span, work) { continue }
            if span.range.count == 1, work.text(span.range).count <= 3, work.text(span.range).allSatisfy(\.isLowercase) { continue } // "5 pm" is no "PM"
            if case .title = span.value, holdersOfDualTitle(index, role: role, work, context: context)
                || coHoldersOfDualTitle(index, role: role, work, context: context) { continue }
            var tokenCursor = pastAbbreviationPeriod(span.range.upperBound, work) // "Texas Gov. Greg Abbott"
            var used = [index]
            var affiliation: String?
            if work.isDetachedPreposition(tokenCursor), work.isQuotationMark(tokenCursor + 1) { tokenCursor += 1 } // "الأمين العام لـ«حزب الله»"
            let quoted = work.isQuotationMark(tokenCursor) && work.spanIndex(startingAt: tokenCursor + 1) != nil
            if quoted { tokenCursor += 1 }
            // "الأمين العام الجديد لحلف شمال الأطلسي": a qualifier before the office; "القائد العسكري الأوكراني": an adjective before a nisba.
            if work.token(tokenCursor, isIn: .titleQualifiers, lexicon: lexicon), work.spanIndex(startingAt: tokenCursor + 1) != nil,
               !startsEntityName(at: tokenCursor, work) { tokenCursor += 1 }
            if isServiceAdjective(at: tokenCursor, role: role, work) { tokenCursor += 1 }
            let officeKinds = lexicon.titleOfficeKinds[role] ?? [.state, .organization, .alliance]
            let wordsBeforeOffice = work.spanIndex(startingAt: tokenCursor) == nil
                && (officeKinds.contains(.place) && work.token(tokenCursor, isIn: .placeNouns, lexicon: lexicon)
                    || officeKinds.contains(.state) && work.token(tokenCursor, isIn: .stateNouns, lexicon: lexicon)) ? 1 : portfolioLength(at: tokenCursor, work)
            if wordsBeforeOffice > 0 { silenceEventWords(in: tokenCursor..<(tokenCursor + wordsBeforeOffice), work) }
            // 'مؤسس حزب "الحلم الجورجي"': a named office in quotation marks after a word of its kind.
            let kindWords = max(wordsBeforeOffice, tokenCursor < work.tokens.count && work.tokens[tokenCursor].isWord
                                && work.spanIndex(startingAt: tokenCursor) == nil ? 1 : 0)
            let quotedAfterKind = !quoted && work.isQuotationMark(tokenCursor + kindWords)
                && work.spanIndex(startingAt: tokenCursor + kindWords + 1).map { if case .entity = work.spans[$0].value { true } else { false } } == true
            if let next = work.spanIndex(startingAt: tokenCursor + (quotedAfterKind ? kindWords + 1 : wordsBeforeOffice)) {
                switch work.spans[next].value {
                case .nisba(let state):
                    affiliation = state
                case .entity(let id) where officeKinds.contains(context.kind(id)) && !isDefiniteTitleBeforeBareName(span, work.spans[next], work)
                        && !isLatinGivenNameSpelledLikePlace(work.spans[next].range.lowerBound, work):
                    affiliation = id
                case .function("alliance_anaphora") where !work.isQualifiedNoun(work.spans[next]):
                    affiliation = allianceNamed(before: index, work, context: context)
                case .function("ministry_anaphora"):
                    affiliation = ministryNamed(before: index, work, context: context)
                case .function("group_anaphora"):
                    affiliation = groupNamed(by: work.spans[next], before: index, work, context: context)
                case .function("country_anaphora") where work.spans[next].clitic.isEmpty && namesFollow(work.spans[next].range.upperBound, work, context: context):
                    (tokenCursor, used) = (work.spans[next].range.upperBound, used + [next]) // "أمير البلاد الشيخ مشعل": the bare title
                case .title where !work.spans[next].clitic.hasPrefix("و") && next + 1 < work.spans.count && work.spans[next + 1].range.lowerBound
                        == work.spans[next].range.upperBound + portfolioLength(at: work.spans[next].range.upperBound, work):
                    switch work.spans[next + 1].value {
                    case .nisba(let state): affiliation = state
                    case .entity(let id) where [.organization, .alliance].contains(context.kind(id)): affiliation = id
                    default: break
                    }
                    if affiliation != nil { used.append(next + 1) }
                    // "وزير الدولة وزير الشؤون الخارجية الجزائري": the rank before the portfolio.
                    if affiliation != nil, role == "minister_of_state", case .title(let portfolio) = work.spans[next].value { role = portfolio }
                case .institution:
                    affiliation = institutionOffice(at: next, role: &role, used: &used, work, context: context)
                default: break
                }
                if affiliation == nil { affiliation = principalsBloc(at: next, role: role, index: index, work, context: context) }
                if affiliation != nil || work.spans[next].value == .function("group_anaphora") {
                    used.append(next)
                    tokenCursor = used.map { work.spans[$0].range.upperBound }.max()!
                }
                if case .entity = work.spans[next].value, affiliation != nil, let nisba = work.spanIndex(startingAt: tokenCursor),
                   work.spans[nisba].value.isNisba, work.spans[nisba].clitic.isEmpty {
                    used.append(nisba)
                    tokenCursor = work.spans[nisba].range.upperBound
                }
                if affiliation != nil { tokenCursor += ["abroad_phrases", "autonomy_phrases"].reduce(0) { $0 + phraseLength(of: $1, at: tokenCursor, work) } }
                if affiliation != nil { tokenCursor = endOfOfficeAdjective(at: tokenCursor, work) } // "زعيمة حزب المحافظين المعارض كيمي بادينوك"
            }
            if affiliation == nil, let office = possessedOffice(at: tokenCursor, title: span, work, context: context) {
                (affiliation, tokenCursor, used) = (office.id, tokenCursor + 1, used + office.spans)
            }
            if affiliation == nil, lexicon.portfolioRoles.contains(role), let portfolio = portfolioNisba(after: tokenCursor, work),
               case .nisba(let state) = work.spans[portfolio].value {
                affiliation = state
                used.append(portfolio)
                tokenCursor = work.spans[portfolio].range.upperBound
            }
            if quoted || quotedAfterKind, affiliation != nil, work.isQuotationMark(tokenCursor) {
                tokenCursor += 1
                // 'رئيس مؤسسة «روساتوم» الروسية': the office's nisba after the closing mark.
                if let nisba = work.spanIndex(startingAt: tokenCursor), case .nisba(let state) = work.spans[nisba].value,
                   let office = affiliation, context.state(of: office) == state {
                    used.append(nisba)
                    tokenCursor = work.spans[nisba].range.upperBound
                }
            }
            if affiliation != nil, let end = work.parentheticalEnd(at: tokenCursor) { tokenCursor = end } // "القيادة المركزية الأمريكية (سنتكوم)"
            if quoted, affiliation == nil { tokenCursor -= 1 }
            if let office = affiliation, work.token(tokenCursor, isOneOf: lexicon.keywords.locative),
               let owner = work.spanIndex(startingAt: tokenCursor + 1),
               [context.state(of: office), lexicon.entities[office]?.partOf].contains(where: { $0 != nil && work.spans[owner].value == .entity($0!) }) {
                // "رئيس مجلس السيادة الانتقالي في السودان", "قائد فيلق القدس في الحرس الثوري الإيراني"
                tokenCursor = work.spans[owner].range.upperBound
                if let nisba = work.spanIndex(startingAt: tokenCursor), work.spans[nisba].value.isNisba { tokenCursor = work.spans[nisba].range.upperBound }
            }
            if affiliation != nil, isRankAfterComma(tokenCursor, work, context: context) { tokenCursor += 1 }
            var ranks = 0 // "الفريق أول ركن"
            while ranks < 3, work.token(tokenCursor, isIn: .titleQualifiers, lexicon: lexicon), !startsEntityName(at: tokenCursor, work),
                  case let next = pastAbbreviationPeriod(tokenCursor + 1, work), // "Guinean leader Gen. Mamadi Doumbouya"
                  affiliation != nil || nameLength(work, from: next) != nil || startsPersonName(at: next, work, context: context)
                    || work.token(next, isIn: .titleQualifiers, lexicon: lexicon) {
                if let rank = work.spanIndex(startingAt: tokenCursor) { used.append(rank) } // "السفير" as a rank
                (tokenCursor, ranks) = (next, ranks + 1) // "Gen. Dagvin Anderson"
            }
            if let end = englishPortfolioEnd(at: tokenCursor, work) { tokenCursor = end } // "Minister for Trade and Industry Gan Kim Yong"
            var former = work.token(tokenCursor, isIn: .formerMarkers, lexicon: lexicon)
            if former { tokenCursor += 1 }
            if let end = endOfHyphenatedTitle(at: tokenCursor, work) { (former, tokenCursor) = (true, end) }
            if affiliation == nil, let office = officeAfterOf(tokenCursor, kinds: officeKinds, work, context: context) {
                affiliation = office.id
                used += office.spans
                tokenCursor = office.end
                if tokenCursor < work.tokens.count, work.tokens[tokenCursor].mark == "," { tokenCursor = endOfRanks(from: tokenCursor + 1, work) }
            }
            // "رئيس الحكومة المؤقتة في بنغلاديش محمد يونس", "وزير التجارة في ليسوتو موخيثي شيليلي"; a title with no postings
            // whose office may be a state: "مفوضة حقوق الطفل في روسيا ماريا لفوفا-بيلوفا".
            if affiliation == nil, lexicon.leaderRoles.contains(role) || lexicon.nationalRoles.contains(role) || lexicon.portfolioRoles.contains(role)
                || lexicon.titlePostings[role] == nil && officeKinds.contains(.state),
               case let portfolioEnd = lexicon.portfolioRoles.contains(role) ? definitePortfolioEnd(from: tokenCursor, work) : tokenCursor,
               let located = stateAfterLocative(at: portfolioEnd, work, context: context) {
                affiliation = located.id
                used.append(located.span)
                tokenCursor = work.spans[located.span].range.upperBound
            }
            if affiliation == nil { affiliation = principalState(after: tokenCursor, role: role, work, context: context) }
            if affiliation == nil, !lexicon.nationalRoles.contains(role) { affiliation = earlierBodysState(endingTitle: span, work, context: context) }
            var start = span.range.lowerBound
            var postedTo: String?
            if affiliation == nil, let before = affiliationBefore(index, role: role, kinds: officeKinds, work, context: context) {
                (affiliation, postedTo) = (before.id, before.posting)
                used += before.spans
                start = work.spans[before.spans.min()!].range.lowerBound
            } else if affiliation == nil, let community = communityBefore(index, work) {
                used += community
                start = work.spans[community[0]].range.lowerBound
            } else if affiliation == nil, let principal = principalBefore(index, work, context: context) {
                affiliation = context.state(of: principal.id)
                used.append(principal.span)
                start = work.spans[principal.span].range.lowerBound
            } else if affiliation == nil, let side = signingSide(before: index, work, context: context) {
                (affiliation, tokenCursor) = (side.id, definitePortfolioEnd(from: tokenCursor, work))
                used.append(side.span)
            } else if affiliation == nil, hasPossessiveOwner(span, work) {
                affiliation = span.value == .function("counterpart")
                    ? ofSubject?.state ?? counterpartState(span, work, context: context) ?? ownerBefore(span, work, context: context)
                    : ownerBefore(span, work, context: context)
            } else if affiliation == nil, work.token(start - 1, is: lexicon.keywords.whose) {
                if case .entity(let owner)? = work.span(endingAt: start - 2)?.value { affiliation = context.actingEntity(owner) }
            }
            // "Turkmen Deputy Chairman of the Cabinet of Ministers and Foreign Minister X": the first title's state.
            if affiliation == nil, let office = joinedTitles[index]?.office, context.kind(office) == .state { affiliation = office }
            if role == "leader", let office = affiliation, let seat = lexicon.entities[office]?.seatOf {
                (role, affiliation) = (seat.role, seat.of)
            }
            if let office = affiliation, !(lexicon.titleOfficeKinds[role] ?? officeKinds).contains(context.kind(office)) { affiliation = nil }
            former = former || work.token(start - 1, isIn: .formerMarkers, lexicon: lexicon)
                || work.token(span.range.lowerBound - 1, isIn: .formerMarkers, lexicon: lexicon)
            let deputy = work.token(span.range.lowerBound - 1, isIn: .deputyWords, lexicon: lexicon) // "the deputy commander of X" is not X's commander
            if let office = affiliation { context.remember([office]) }
            if span.value == .function("counterpart"), let office = affiliation,
               let other = counterpartRole(before: span, otherThan: office, work, context: context) {
                role = other
            }
            var attributes = ["role": deputy ? "deputy_" + role : role]
            if let postedTo { attributes["place"] = postedTo }
            tokenCursor = endOfPosting(at: tokenCursor, role: role, attributes: &attributes, used: &used, work, context: context)
            if isTitleApposition(at: tokenCursor, role: role, office: affiliation, work, context: context) {
                tokenCursor += 1
                while work.token(tokenCursor, isIn: .titleQualifiers, lexicon: lexicon), !startsEntityName(at: tokenCursor, work) {
                    tokenCursor = pastAbbreviationPeriod(tokenCursor + 1, work)
                }
            }
            if let joined = joinedTitle(at: tokenCursor, work), !namesOtherState(after: joined, than: affiliation, work, context: context) {
                joinedTitles[joined] = JoinedTitle(role: attributes["role"]!, office: affiliation, start: start)
                work.consumed.formUnion(used)
                continue
            }
            // "وزير الطاقة محمد البشير": a portfolio with no nisba before a new person's given name.
            if affiliation == nil, lexicon.portfolioRoles.contains(role), case let portfolioEnd = definitePortfolioEnd(from: tokenCursor, work),
               portfolioEnd > tokenCursor, startsName(at: portfolioEnd, work), work.sentence.document.isArabic(work.tokens[tokenCursor]) {
                tokenCursor = portfolioEnd
            }
            var person: String?
            var nameEnd = tokenCursor
            var apposition = false
            var honorific = false
            if let next = work.spanIndex(startingAt: tokenCursor), case .entity(let id) = work.spans[next].value,
               context.kind(id) == .person, affiliation == nil, isInServiceOf(id, at: work.spans[next], title: span, role: role, work, context: context) {
                context.mention(id, in: work.sentence, work.spans[next].range, clitic: work.spans[next].clitic)
                work.consumed.formUnion(used + [next])
                continue
            } else if let next = work.spanIndex(startingAt: tokenCursor), case .entity(let id) = work.spans[next].value,
               context.kind(id) == .person, work.spans[next].clitic != "و", !servesOnlyBodies(id, otherThan: role, context: context) {
                if let office = affiliation, let length = newNameOverKnownSurname(work.spans[next], person: id, affiliation: office, work, context: context) {
                    let name = tokenCursor..<(tokenCursor + length)
                    person = context.holder(of: role, in: office, spelled: work.sentence, name) ?? context.discoverPerson(work.sentence, name)
                    nameEnd = name.upperBound
                    used += work.spans.indices.filter { name.contains(work.spans[$0].range.lowerBound) && work.spans[$0].range.upperBound <= nameEnd }
                } else {
                    person = id
                    used.append(next)
                    nameEnd = work.spans[next].range.upperBound
                }
            } else if let next = surnameAfterGivenName(tokenCursor, work, context: context),
                      !servesOtherState(next.id, than: affiliation, context: context) {
                person = next.id
                used.append(next.span)
                nameEnd = work.spans[next.span].range.upperBound
            } else if let described = personInApposition(before: index, phraseStart: start, work, context: context)
                        ?? personNamedBefore(title: index, role: role, office: affiliation, work, context: context)
                        ?? joinedTitles[index].flatMap({ newPerson(before: $0.start, role: $0.role, office: $0.office, deputy: false, work, context: context) }) {
                person = described
                apposition = true
                if let named = nameRightBefore(described, title: span, work) { // "خالد بن سلمان بن عبدالعزيز وزير الدفاع": one actor
                    start = min(start, work.actors[named].range.lowerBound)
                    work.actors.remove(at: named)
                }
            } else if let length = nameLength(work, from: tokenCursor), !hasKnownHolderAfterPurpose(tokenCursor, work, context: context),
                      affiliation != nil || former || hasPossessiveOwner(span, work) || startsName(at: tokenCursor, work)
                        || isNationalTitleOfTheStory(role, span, work, context: context)
                        || joinsTitledPerson(span, work, context: context),
                      span.range.count > 1 || !lexicon.titlePronouns.contains(String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))) {
                let name = tokenCursor..<(tokenCursor + length)
                person = (former || deputy ? nil : affiliation.flatMap { context.holder(of: role, in: $0, spelled: work.sentence, name) })
                    ?? context.discoverPerson(work.sentence, name)
                nameEnd = pastGenerationalSuffix(tokenCursor + length, work)
                used += work.spans.indices.filter { name.contains(work.spans[$0].range.lowerBound) && work.spans[$0].range.upperBound <= nameEnd }
            } else if let named = nameInApposition(before: principalPhraseStart(before: start, work, context: context) ?? start, work, context: context) {
                person = named.id
                start = named.start
                apposition = true
            }
            // "The presidents of Russia and China met", "whose prime ministers met": a plural title names offices, not a holder;
            // "Boris Johnson was the prime minister of Britain": a title stated in the past names no one holding it now.
            if person == nil, !former, !deputy, !isEnglishPluralTitle(span, work), !followsPastCopula(span, work),
               let office = affiliation ?? officeOfRecentHolder(role, title: span, work, context: context) {
                person = context.recentHolder(of: role, in: office) ?? context.soleHolder(of: role, in: office)
            }
            if person == nil, former {
                work.consumed.formUnion(used)
                if let office = affiliation, let holder = context.formerHolderNamed(role, in: office) {
                    work.add(Actor(ids: [holder], range: start..<max(tokenCursor, span.range.upperBound), clitic: span.clitic, source: .anaphora))
                }
                continue
            }
            // "Libyan commander Khalifa Haftar": of the army he commands; "Libya's Prime Minister Abdul Hamid Dbeibah" is Libya's.
            if let person, let office = affiliation, context.kind(office) == .state, !lexicon.nationalRoles.contains(role),
               let body = lexicon.entities[person]?.roles.last(where: { $0.role == role && lexicon.entities[$0.of]?.partOf == office })?.of { affiliation = body }
            if let person, affiliation == nil, !(apposition && headsUnnamedBody(after: span, work)) {
                let roles = lexicon.entities[person]?.roles ?? []
                // "الوزير سيرغي لافروف": the minister's own portfolio.
                let held = roles.last { $0.role == role }
                    ?? (role == "minister" ? roles.last { $0.role.hasSuffix("_minister") && $0.role != "prime_minister" } // "junta leader X": a president
                        : role == "leader" ? roles.last { lexicon.leaderRoles.contains($0.role) } : nil)
                if let held, held.role != role { attributes["role"] = held.role }
                // "الأمير فيصل بن فرحان", a foreign minister: a prince's honorific, no emir's office.
                if held == nil, !roles.isEmpty, span.range.count == 1, work.token(span.range.lowerBound, isIn: .titleQualifiers, lexicon: lexicon) {
                    honorific = true
                }
                affiliation = honorific ? nil : held?.of ?? context.affiliation[person]
                if lexicon.nationalRoles.contains(role), nameEnd > tokenCursor, context.homeState == nil { context.homeState = affiliation }
            }
            let headsUnknownBody = isHeadOfUnknownBody(span, role: role, portfolioWords: wordsBeforeOffice, work)
            if let person, affiliation == nil, nameEnd > tokenCursor, !former, !honorific, !headsUnknownBody,
               lexicon.nationalRoles.contains(role) || followsBareGovernment(span, work),
               !isOwnedByPlace(span, work, context: context) {
                // Not a state whose holder of the role the sentence titles ("Pakistan's Defence Minister Khawaja Asif and the
                // Taliban government's Defence Minister Mullah Mohammad Yaqoob"; one sworn in before is no bar).
                let vacant = { (state: String) in
                    self.lexicon.sharedRoles.contains(role) || !work.actors.contains { actor in
                        actor.ids.contains { other in other != person && context.affiliation[other] == state && context.roles[other] == role }
                            && work.spans.contains { actor.range.contains($0.range.lowerBound) && $0.value == .title(role) }
                    }
                }
                let guests = guestStates(before: span, work, context: context).union(counterpartStates(after: span, work))
                // A colleague's state even when he is a guest ("ورافق ماكرون ... وفد يضم وزير الخارجية جان نويل بارو ووزير الداخلية").
                affiliation = (teammateState(before: span, work, context: context) ?? [delegationOwner(before: span, work, context: context),
                               stateNamed(before: span, work, context: context),
                               stateOfBody(before: span, work, context: context), context.homeState, storyDatelineState(context),
                               context.lastOfficeState, context.firstStateNamed, lastCapitalState(context)]
                    .compactMap { $0 }.first { !guests.contains($0) && !context.hasOtherHolder(of: role, in: $0, than: person) })
                    .flatMap { vacant($0) ? $0 : nil }
            }
            // "الأمير يزيد بن فرحان" in a story from Beirut: a one-word rank of list `title_qualifiers` before a new name is a
            // prince's honorific, no office of the story's state.
            if let person, affiliation == nil, nameEnd > tokenCursor, !former, !honorific, !headsUnknownBody, lexicon.entities[person] == nil,
               !(span.range.count == 1 && work.token(span.range.lowerBound, isIn: .titleQualifiers, lexicon: lexicon)) {
                affiliation = leaderStateOfTheStory(role, before: span, nameEnd: nameEnd, work, context: context)
                    ?? speakersState(before: span, role: role, work, context: context)
            }
            if role == Self.genericRole || span.value == .function("counterpart"), let person, let office = affiliation,
               let known = lexicon.entities[person]?.role(on: context.date, in: office) {
                attributes["role"] = known.role
            } else if let person, nameEnd <= tokenCursor, let held = context.roles[person], context.affiliation[person] == affiliation,
                      role == "leader" ? lexicon.leaderRoles.contains(held) : role == "minister" && held.hasSuffix("minister") {
                attributes["role"] = held // "the Iranian leader" after "Iranian President X": a president; not of a party
            }
            let described = person == nil ? describedHolder(before: start, work, context: context) : nil
            if person == nil, described == nil, let office = affiliation, context.kind(office) == .place,
               !["ب", "ل", "ك"].contains(where: { ArabicClitics.endsWithPreposition(span.clitic, $0) }) {
                // "بوتين يستقبل رئيس أبخازيا": a region's office with no holder named is no subject or object; a place meets
                // no one. After a preposition it stays the one a deed befell ("اعتقال ... لحاكمة غاغاوزيا").
                work.consumed.formUnion(used)
                context.mention(office)
                continue
            }
            guard let actorId = person ?? described ?? affiliation else { continue }
            // "Sweden and Norway, whose prime ministers met": the list before stays the actors.
            if person == nil, work.token(span.range.lowerBound - 1, is: lexicon.keywords.whose), isEnglishPluralTitle(span, work) { continue }
            if person == nil, described == nil, let office = affiliation,
               work.spans.contains(where: { $0.range.lowerBound == max(nameEnd, tokenCursor) && $0.value == .function("speech_verbs") }) {
                context.unnamedSpeakingTitle = (attributes["role"] ?? role, office, context.sentenceNumber)
            }
            // A counterpart is someone else than the one named before it ("لوكاشينكو ... نظيره" with no state read).
            if span.value == .function("counterpart"),
               work.actors.contains(where: { $0.range.upperBound <= span.range.lowerBound && $0.ids.contains(actorId) }) { continue }
            work.consumed.formUnion(used)
            let joined = joinedTitles.removeValue(forKey: index)
            let range = min(start, joined?.start ?? start)..<max(nameEnd, tokenCursor)
            if person != nil && nameEnd > tokenCursor {
                context.mention(actorId, in: work.sentence, tokenCursor..<nameEnd, clitic: work.clitic(startingAt: tokenCursor))
            } else {
                context.mention(actorId)
            }
            let regime = person != nil && (work.token(start - 1, isIn: .regimeWords, lexicon: lexicon)
                || !work.sentence.document.isArabic(work.tokens[range.lowerBound]) && work.regimeWordFollows(nameEndingBefore: range.upperBound))
                ? affiliation.flatMap(context.state(of:)) : nil
            work.add(Actor(ids: [regime ?? actorId], range: range, clitic: span.clitic, source: person != nil ? .name : .title))
            if former, person != nil, nameEnd > tokenCursor { secondNameOfFormerPluralTitle(span, after: nameEnd, work, context: context) }
            if former, let person, let joined, let office = affiliation ?? joined.office { // "رئيس حركة النهضة ورئيس البرلمان السابق"
                holdJoinedTitle(joined, person: person, office: office, range: range, work, context: context)
            }
            if let person, let office = affiliation, former || context.kind(office) == .place {
                context.affiliation[person] = office
            } else if let person, let office = affiliation, nameEnd > tokenCursor || !isTitleSwornInto(startingAt: span.range.lowerBound, work) {
                context.affiliation[person] = office
                context.roles[person] = attributes["role"] ?? role
                if context.kind(office) == .state { context.lastOfficeState = office }
                context.emit(person, .holdsRole, office, attributes: attributes, sentence: work.sentence,
                             tokens: range.lowerBound...(range.upperBound - 1), rule: "title",
                             confidence: nameEnd > tokenCursor ? 0.9 : apposition ? 0.85 : 0.6)
                lastRole = role
                if let joined { holdJoinedTitle(joined, person: person, office: office, range: range, work, context: context) }
                if nameEnd > tokenCursor { sharedTitle(role, after: nameEnd, work, context: context) }
            }
        }
        namesAfterAgentPhrases(work, context: context)
        distributiveTitles(work, context: context)
        pluralCounterparts(work, context: context)
        appointments(work, context: context)
        oathsOfOffice(work, context: context)
        mergeTitledAppositions(work, context: context)
        copularTitles(work, context: context)
        predecessors(work, context: context)
    }
}
