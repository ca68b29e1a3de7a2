/// A node of the graph: one real-world actor, state, alliance, organisation or place, whatever
/// the number of times or the spellings in which the text mentions it.
public struct Entity: Hashable, Codable, Sendable {
    /// Stable ASCII slug, e.g. `belarus`.
    public var id: String
    /// English display name, e.g. `Belarus`.
    public var name: String
    /// What the entity is.
    public var kind: EntityKind
    /// Display labels per language code (`ar`, `en`).
    public var labels: [String: String]
    /// Every surface form seen or known for the entity, sorted.
    public private(set) var aliases: [String]

    /// Creates an entity; aliases are de-duplicated and sorted.
    public init(id: String, name: String, kind: EntityKind, labels: [String: String] = [:], aliases: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.labels = labels
        self.aliases = []
        addAliases(aliases)
    }

    /// Adds surface forms to the aliases, keeping them unique and sorted (each form is placed by
    /// binary search: no hashing of the whole list, which for Arabic means normalising it).
    public mutating func addAliases<S: Sequence>(_ forms: S) where S.Element == String {
        for form in forms where !form.isEmpty {
            var low = 0, high = aliases.count
            while low < high {
                let middle = (low + high) / 2
                if aliases[middle] < form { low = middle + 1 } else { high = middle }
            }
            if low == aliases.count || aliases[low] != form { aliases.insert(form, at: low) }
        }
    }

    /// Merges another record of the same entity: labels missing here are taken from it (of two
    /// different labels in one language, and of two names, the smaller is kept, so that the
    /// result does not depend on the order of merging; the other name becomes an alias), and its
    /// aliases are added; an `unknown` kind is replaced by a known one.
    public mutating func merge(_ other: Entity) {
        for (language, label) in other.labels where labels[language].map({ label < $0 }) ?? true {
            labels[language] = label
        }
        if kind == .unknown { kind = other.kind }
        addAliases(other.aliases + [max(name, other.name)])
        name = min(name, other.name)
    }

    /// The label in `language`, falling back to the English name.
    public func label(_ language: String) -> String {
        labels[language] ?? name
    }
}
