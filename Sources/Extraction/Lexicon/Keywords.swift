/// Word ids of the function words the patterns look for directly (prepositions, "and"). A
/// class, so that handing the set of them to a pattern costs one reference count, not one per set.
public final class Keywords: Sendable {
    /// في / in
    public let inside: Int32
    /// داخل / within: what they introduce is where, not whom ("تدافع عن مصالحها داخل الاتحاد",
    /// "cooperation within the CSTO").
    public let within: Set<Int32>
    /// من
    public let from: Int32
    /// إلى (folded الى)
    public let to: Int32
    /// مع
    public let with: Int32
    /// English "to"
    public let toEnglish: Int32
    /// English "for" (a portfolio after a title: "Minister for Trade")
    public let forEnglish: Int32
    /// English "with"
    public let withEnglish: Int32
    /// English "as" (the office one is sworn in as)
    public let asEnglish: Int32
    /// English "and"
    public let and: Int32
    /// English "by" (the agent of a passive)
    public let by: Int32
    /// English "the"
    public let the: Int32
    /// English "of" (a title's office: "the President of Finland")
    public let of: Int32
    /// ما, "what" standing for the clause before it ("وهو ما انتقدته بكين")
    public let what: Int32
    /// English "whose": a title after it serves the actor before its comma ("Trinidad and
    /// Tobago, whose Prime Minister ...").
    public let whose: Int32
    /// مع / with: the partner of a joint event.
    public let withWords: Set<Int32>
    /// English articles: the, a, an.
    public let articles: Set<Int32>
    /// Words that mark a location: في, in, at.
    public let locative: Set<Int32>
    /// Words that mark where people come from: من, from.
    public let origin: Set<Int32>
    /// بين / between, before the two sides of a relation ("التعاون بين البلدين").
    public let between: Set<Int32>
    /// Prepositions whose object cannot be the subject of the next verb.
    public let prepositions: Set<Int32>
    /// Words that stop a "what" phrase: إلى, من, في, by, off, قبالة.
    public let phraseStops: Set<Int32>
    /// English prepositions after which a word spelled as a verb or a noun is a noun ("comply
    /// with Western sanctions", "threatened Minsk with new sanctions").
    public let nounMarkers: Set<Int32>
    /// "also" / أيضا / كما: a reaction that repeats another's ("Turkey also condemned the attack").
    public let also: Set<Int32>

    /// No ids.
    public init() {
        (inside, from, to, with, toEnglish, forEnglish, withEnglish, asEnglish, and, by, the, of, what, whose) = (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)
        (within, withWords, articles, locative, origin, between, prepositions, phraseStops, nounMarkers, also) = ([], [], [], [], [], [], [], [], [], [])
    }

    /// The ids, given a function that interns a word.
    init(intern: (String) -> Int32) {
        inside = intern("في")
        within = [intern("داخل"), intern("within")]
        from = intern("من")
        to = intern("إلى")
        with = intern("مع")
        toEnglish = intern("to")
        forEnglish = intern("for")
        withEnglish = intern("with")
        asEnglish = intern("as")
        and = intern("and")
        by = intern("by")
        the = intern("the")
        of = intern("of")
        what = intern("ما")
        whose = intern("whose")
        withWords = [with, withEnglish]
        articles = [the, intern("a"), intern("an")]
        locative = [inside, intern("in"), intern("at")]
        origin = [from, intern("from")]
        between = [intern("بين"), intern("between")]
        prepositions = Set(["مع", "من", "في", "إلى", "على", "عن", "with", "from", "in", "to", "on", "over"].map(intern))
        phraseStops = [to, from, inside, by, intern("off"), intern("قبالة")]
        nounMarkers = [withEnglish, intern("against")]
        also = [intern("also"), intern("أيضا"), intern("كما")]
    }
}
