import EntityGraph

/// An entity the lexicon knows: names in both languages, kind, and the structural facts that
/// hold for it (capital of, located in, part of) and the dated roles of a person.
public struct LexiconEntity: Sendable {
    /// Stable id.
    public let id: String
    /// English name.
    public let name: String
    /// Kind.
    public let kind: EntityKind
    /// Arabic names, the first being the label.
    public let arabicNames: [String]
    /// English names including `name`.
    public let englishNames: [String]
    /// The state this place is the capital of.
    public var capitalOf: String?
    /// The place or state this entity lies in.
    public var locatedIn: String?
    /// For a place, the body its name stands for when it acts (`acts_for`).
    public var actsFor: String?
    /// The state or alliance this organisation is part of.
    public var partOf: String?
    /// Dated roles of a person.
    public var roles: [LexiconFiles.Role]
    /// Dated wars a state wages.
    public var wars: [LexiconFiles.War] = []
    /// The English adjective of a state ("Russian").
    public var adjective: String?
    /// For a seat of power, the office it is the seat of.
    public var seatOf: LexiconFiles.Role?
    /// For an alliance, how many member states it has (`member_count`).
    public var memberCount: Int?
    /// Arabic names read as the entity only in context, folded (`ar_in_context`): a person's or a
    /// capital's one-word names that are also common words, a body's short name.
    public var namesNeedingContext: Set<String> = []
    /// For a place, whether it is a sea, a gulf or a strait (`water`).
    public var isWater = false
    /// For a place, whether it is a regional news bureau's city (`news_hub`).
    public var isNewsHub = false
    /// For an organisation, whether it is a state's armed force or military command (`armed`).
    public var isArmed = false
    /// For an organisation, whether it governs a region of its state (`self_governing`).
    public var isSelfGoverning = false
    /// For a state, the Arabic nisba stems it shares with another state (`nisba_shared_ar`).
    public var sharedNisbaStems: [String] = []

    /// The graph entity for this lexicon entry, with the given extra surface forms as aliases.
    public func entity(surfaceForms: [String] = []) -> Entity {
        var labels = ["en": name]
        if let arabic = arabicNames.first { labels["ar"] = arabic }
        return Entity(id: id, name: name, kind: kind, labels: labels, aliases: englishNames + arabicNames + surfaceForms)
    }

    /// The role held on `date` (ISO), or, when `date` is nil, the most recent one: a role still
    /// held, else the one that began last, whatever order the lexicon lists them in; only roles
    /// in `office` when one is given.
    public func role(on date: String?, in office: String? = nil) -> LexiconFiles.Role? {
        guard let date else {
            return roles.filter { office == nil || $0.of == office }
                .max { ($0.to == nil ? 1 : 0, $0.from ?? "") < ($1.to == nil ? 1 : 0, $1.from ?? "") }
        }
        return roles(heldOn: date).last { office == nil || $0.of == office }
    }

    /// The roles held on `date` (ISO), or still held when `date` is nil, in lexicon order.
    public func roles(heldOn date: String?) -> [LexiconFiles.Role] {
        roles.filter { role in date.map { (role.from ?? "") <= $0 && $0 < (role.to ?? "9999") } ?? (role.to == nil) }
    }
}
