/// Word ids of the function words the patterns look for directly (prepositions, "and").
public struct Keywords: Sendable {
    /// في / in
    public var inside: Int32 = -1
    /// من
    public var from: Int32 = -1
    /// إلى (folded الى)
    public var to: Int32 = -1
    /// مع
    public var with: Int32 = -1
    /// English "to"
    public var toEnglish: Int32 = -1
    /// English "with"
    public var withEnglish: Int32 = -1
    /// English "and"
    public var and: Int32 = -1
    /// English "by" (the agent of a passive)
    public var by: Int32 = -1
    /// English "the"
    public var the: Int32 = -1
    /// English "of" (a title's office: "the President of Finland")
    public var of: Int32 = -1
    /// Words that mark a location: في, in, at.
    public var locative: Set<Int32> = []
    /// بين / between, before the two sides of a relation ("التعاون بين البلدين").
    public var between: Set<Int32> = []
    /// Words before an ambassador's posting: في, لدى, in, to.
    public var postings: Set<Int32> = []
    /// Prepositions whose object cannot be the subject of the next verb.
    public var prepositions: Set<Int32> = []
    /// Words that stop a "what" phrase: إلى, من, في, by.
    public var phraseStops: Set<Int32> = []

    /// No ids.
    public init() {}

    /// The ids, given a function that interns a word.
    init(intern: (String) -> Int32) {
        inside = intern("في")
        from = intern("من")
        to = intern("إلى")
        with = intern("مع")
        toEnglish = intern("to")
        withEnglish = intern("with")
        and = intern("and")
        by = intern("by")
        the = intern("the")
        of = intern("of")
        locative = [inside, intern("in"), intern("at")]
        postings = [inside, intern("لدى"), intern("in"), toEnglish]
        between = [intern("بين"), intern("between")]
        prepositions = Set(["مع", "من", "في", "إلى", "على", "عن", "with", "from", "in", "to", "on"].map(intern))
        phraseStops = [to, from, inside, by]
    }
}
