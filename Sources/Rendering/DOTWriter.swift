import EntityGraph

/// Builds the DOT text of a graph: colour and shape by kind, line style by relation type,
/// alliance members inside clusters, relation labels on edges, English and Arabic labels,
/// evidence sentences as tooltips (shown on hover in SVG), and a legend of what is drawn.
/// Node ids in the DOT text are synthetic (`n0`, `n1`, ...), so entity ids need no escaping.
public struct DOTWriter: Sendable {
    /// Colours, shapes and font.
    public var style: Style
    /// Title drawn above the graph; nil for none.
    public var title: String?
    /// Whether to draw the legend.
    public var showsLegend: Bool

    /// Creates a writer.
    public init(style: Style = Style(), title: String? = nil, showsLegend: Bool = true) {
        self.style = style
        self.title = title
        self.showsLegend = showsLegend
    }

    /// The DOT text of `graph`, identical for equal graphs.
    public func dot(_ graph: EntityGraph, layout: LayoutEngine = .dot) -> String {
        let entities = graph.entities
        var nodeNames: [String: String] = [:]
        for (number, entity) in entities.enumerated() { nodeNames[entity.id] = "n\(number)" }
        let plan = ClusterPlan(graph)
        let font = DOTEscaping.quoted(style.fontName)
        var lines = ["digraph \"ergraph\" {"]
        var graphAttributes = ["fontname=\(font)", "fontsize=12", "compound=true",
                               "nodesep=0.35", "ranksep=0.6", "bgcolor=\"white\"", "pad=0.3"]
        graphAttributes += layout == .dot ? ["rankdir=LR"] : ["overlap=false", "splines=true", "start=1"]
        if let title {
            graphAttributes += ["label=\(DOTEscaping.quoted(title))", "labelloc=t", "fontsize=16"]
        }
        lines.append("  graph [\(graphAttributes.joined(separator: ", "))];")
        lines.append("  node [fontname=\(font), fontsize=11, style=\"filled\", penwidth=1.2];")
        lines.append("  edge [fontname=\(font), fontsize=9, arrowsize=0.7];")
        var clustered = Set<String>()
        for alliance in plan.members.keys.sorted() {
            let members = plan.members[alliance]!
            let label = graph.entity(id: alliance).map { displayLines($0).joined(separator: " · ") } ?? alliance
            lines.append("  subgraph \"cluster_\(nodeNames[alliance]!)\" {")
            lines.append("    label=\(DOTEscaping.quoted(label)); style=\"rounded,filled\"; fillcolor=\"#f6f2fb\"; color=\"#6a3d9a\"; fontcolor=\"#6a3d9a\";")
            for member in members {
                if let entity = graph.entity(id: member) { lines.append("    " + nodeLine(entity, name: nodeNames[member]!)) }
                clustered.insert(member)
            }
            lines.append("  }")
        }
        for entity in entities where !clustered.contains(entity.id) {
            lines.append("  " + nodeLine(entity, name: nodeNames[entity.id]!))
        }
        for relation in graph.relations {
            guard let from = nodeNames[relation.source], let to = nodeNames[relation.target] else { continue }
            lines.append("  \(from) -> \(to) [\(edgeAttributes(relation, graph: graph))];")
        }
        if showsLegend { lines += legend(graph) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of an entity's label: English name, then the Arabic label if it has one.
    func displayLines(_ entity: Entity) -> [String] {
        var lines = [entity.name]
        if let arabic = entity.labels["ar"], arabic != entity.name { lines.append(DOTEscaping.isolatingBidi(arabic)) }
        return lines
    }

    private func nodeLine(_ entity: Entity, name: String) -> String {
        let look = style.node(entity.kind)
        let tooltip = "\(entity.name) (\(entity.kind.rawValue))" + (entity.aliases.isEmpty ? "" : "\naka " + entity.aliases.joined(separator: ", "))
        return "\(name) [label=\(DOTEscaping.quotedLines(displayLines(entity))), shape=\(look.shape), "
            + "fillcolor=\"\(look.fill)\", color=\"\(look.border)\", tooltip=\(DOTEscaping.quoted(tooltip))];"
    }

    private func edgeAttributes(_ relation: Relation, graph: EntityGraph) -> String {
        let look = style.edge(relation.type)
        var label = relation.type.rawValue.replacingOccurrences(of: "_", with: " ")
        if let role = relation.attributes["role"] { label += ": " + role.replacingOccurrences(of: "_", with: " ") }
        if let direction = relation.attributes["direction"] { label += " (\(direction))" }
        var tooltip = "\(relation.source) \(relation.type.rawValue) \(relation.target)"
        for evidence in relation.evidence.prefix(5) {
            tooltip += "\n" + DOTEscaping.isolatingBidi(evidence.sentence)
        }
        var attributes = ["label=\(DOTEscaping.quoted(label))", "style=\"\(look.line)\"", "color=\"\(look.color)\"",
                          "fontcolor=\"\(look.color)\"", "tooltip=\(DOTEscaping.quoted(tooltip))",
                          "labeltooltip=\(DOTEscaping.quoted(tooltip))"]
        if graph.vocabulary.isSymmetric(relation.type) { attributes.append("dir=none") }
        return attributes.joined(separator: ", ")
    }

    private func legend(_ graph: EntityGraph) -> [String] {
        let kinds = Set(graph.entities.map(\.kind)).sorted()
        let types = Set(graph.relations.map(\.type)).sorted()
        guard !kinds.isEmpty else { return [] }
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for kind in kinds {
            let look = style.node(kind)
            rows += "<TR><TD BGCOLOR=\"\(look.fill)\" BORDER=\"1\" COLOR=\"\(look.border)\">\(look.shape)</TD><TD ALIGN=\"LEFT\">\(DOTEscaping.html(kind.rawValue))</TD></TR>"
        }
        for type in types {
            let look = style.edge(type)
            rows += "<TR><TD><FONT COLOR=\"\(look.color)\">\(look.line) ⟶</FONT></TD><TD ALIGN=\"LEFT\">\(DOTEscaping.html(type.rawValue))</TD></TR>"
        }
        return ["  legend [shape=plaintext, style=\"\", tooltip=\"legend\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">\(rows)</TABLE>>];"]
    }
}
