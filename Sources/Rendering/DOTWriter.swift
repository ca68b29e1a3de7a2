import EntityGraph

/// Builds the DOT text of a graph: shape and colour by kind, colour by relation tone, arrowheads
/// only for directed relations, line width by the evidence behind an edge, relation and date on
/// edges (external labels with `dot`), alliance members inside nested clusters (`ClusterPlan`), labels in English, Arabic or
/// both, evidence sentences and their documents as tooltips (hover in SVG), and a legend of what is
/// drawn. Node ids in the DOT text are synthetic (`n0`, `n1`, ...), so entity ids need no escaping;
/// nodes and edges carry `id`, `class` and link attributes that the HTML page uses.
public struct DOTWriter: Sendable {
    /// Colours, shapes and font.
    public var style: Style
    /// Title drawn above the graph; nil for none.
    public var title: String?
    /// Whether to draw the legend.
    public var showsLegend: Bool
    /// Which labels nodes show.
    public var labels: LabelLanguage

    /// Creates a writer.
    public init(style: Style = Style(), title: String? = nil, showsLegend: Bool = true, labels: LabelLanguage = .both) {
        self.style = style
        self.title = title
        self.showsLegend = showsLegend
        self.labels = labels
    }

    /// The DOT name of each entity (`n0`, `n1`, ... in id order).
    public static func nodeNames(_ graph: EntityGraph) -> [String: String] {
        Dictionary(uniqueKeysWithValues: graph.entities.enumerated().map { ($1.id, "n\($0)") })
    }

    /// The DOT text of `graph`, identical for equal graphs.
    public func dot(_ graph: EntityGraph, layout: LayoutEngine = .dot) -> String {
        let nodeNames = Self.nodeNames(graph)
        let plan = ClusterPlan(graph)
        let font = DOTEscaping.quoted(style.fontName)
        var lines = ["digraph \"ergraph\" {"]
        var graphAttributes = ["fontname=\(font)", "fontsize=12", "compound=true",
                               "nodesep=0.35", "ranksep=0.6", "bgcolor=\"white\"", "pad=0.3"]
        if layout == .dot {
            graphAttributes.append("rankdir=LR")
        } else {
            graphAttributes += ["overlap=false", "start=1"]
            if graph.entityCount <= 100 { graphAttributes.append("splines=true") }
        }
        if let title {
            graphAttributes += ["label=\(DOTEscaping.quoted(title))", "labelloc=t", "fontsize=16"]
        }
        lines.append("  graph [\(graphAttributes.joined(separator: ", "))];")
        lines.append("  node [fontname=\(font), fontsize=11, style=\"filled\", penwidth=1.2];")
        lines.append("  edge [fontname=\(font), fontsize=9, arrowsize=0.7];")
        var clustered = Set<String>()
        func emitCluster(_ alliance: String, depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            let label = graph.entity(id: alliance).map { displayLines($0).joined(separator: " · ") } ?? alliance
            lines.append("\(indent)subgraph \"cluster_\(nodeNames[alliance]!)\" {")
            lines.append("\(indent)  label=\(DOTEscaping.quoted(label)); style=\"rounded,filled\"; fillcolor=\"\(depth == 1 ? "#f6f2fb" : "#ece3f7")\"; "
                         + "color=\"#6a3d9a\"; fontcolor=\"#6a3d9a\";")
            for member in plan.members[alliance] ?? [] {
                if let entity = graph.entity(id: member) { lines.append("\(indent)  " + nodeLine(entity, name: nodeNames[member]!, graph: graph)) }
                clustered.insert(member)
            }
            for child in plan.children[alliance] ?? [] { emitCluster(child, depth: depth + 1) }
            lines.append("\(indent)}")
        }
        for root in plan.roots { emitCluster(root, depth: 1) }
        for entity in graph.entities where !clustered.contains(entity.id) {
            lines.append("  " + nodeLine(entity, name: nodeNames[entity.id]!, graph: graph))
        }
        for (number, relation) in graph.relations.enumerated() {
            guard let from = nodeNames[relation.source], let to = nodeNames[relation.target] else { continue }
            lines.append("  \(from) -> \(to) [\(edgeAttributes(relation, number: number, from: from, to: to, graph: graph, layout: layout))];")
        }
        if showsLegend { lines += legend(graph) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of an entity's label in the chosen language(s).
    func displayLines(_ entity: Entity) -> [String] {
        let arabic = entity.labels["ar"].flatMap { $0 == entity.name ? nil : DOTEscaping.isolatingBidi($0) }
        switch labels {
        case .en: return [entity.name]
        case .ar: return [arabic ?? entity.name]
        case .both: return [entity.name] + (arabic.map { [$0] } ?? [])
        }
    }

    private func nodeLine(_ entity: Entity, name: String, graph: EntityGraph) -> String {
        let look = style.node(entity.kind)
        let tooltip = "\(entity.name) (\(entity.kind.rawValue))" + (entity.aliases.isEmpty ? "" : "\naka " + entity.aliases.joined(separator: ", "))
        return "\(name) [label=\(DOTEscaping.quotedLines(displayLines(entity))), shape=\(look.shape), "
            + "fillcolor=\"\(look.fill)\", color=\"\(look.border)\", tooltip=\(DOTEscaping.quoted(tooltip)), "
            + "id=\"\(name)\", class=\"entity kind-\(entity.kind.rawValue)\", URL=\"#\(name)\"];"
    }

    /// The attributes of an edge. With `dot` its text is an `xlabel`, placed once the layout is
    /// done: a `label` on an edge whose ends fall on one rank makes Graphviz 2.42's dot add a rank
    /// and free a block it has reallocated when clusters are drawn, which corrupts the heap of the
    /// process it runs in.
    private func edgeAttributes(_ relation: Relation, number: Int, from: String, to: String, graph: EntityGraph, layout: LayoutEngine) -> String {
        let look = style.edge(relation.type)
        var label = relation.type.rawValue.replacingOccurrences(of: "_", with: " ")
        if let role = relation.attributes["role"] { label += ": " + role.replacingOccurrences(of: "_", with: " ") }
        if let direction = relation.attributes["direction"] { label += " (\(direction))" }
        if let date = relation.attributes["date"] { label += "\n" + date }
        var tooltip = "\(relation.source) \(relation.type.rawValue) \(relation.target)"
        for evidence in relation.evidence.prefix(5) {
            tooltip += "\n[\(evidence.document)] " + DOTEscaping.isolatingBidi(evidence.sentence)
        }
        if relation.evidence.count > 5 { tooltip += "\n(+\(relation.evidence.count - 5) more)" }
        let width = 1 + min(4, log2(Double(max(1, relation.evidence.count))))
        var attributes = ["\(layout == .dot ? "xlabel" : "label")=\(DOTEscaping.quoted(label))", "style=\"\(look.line)\"", "color=\"\(look.color)\"",
                          "fontcolor=\"\(look.color)\"", "penwidth=\(String(format: "%.2f", width))",
                          "tooltip=\(DOTEscaping.quoted(tooltip))", "labeltooltip=\(DOTEscaping.quoted(tooltip))",
                          "id=\"e\(number)\"", "class=\"relation tone-\(style.tone(relation.type).rawValue) from-\(from) to-\(to)\""]
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
            let arrow = graph.vocabulary.isSymmetric(type) ? "—" : "⟶"
            rows += "<TR><TD><FONT COLOR=\"\(look.color)\">\(look.line) \(arrow)</FONT></TD><TD ALIGN=\"LEFT\">\(DOTEscaping.html(type.rawValue))</TD></TR>"
        }
        return ["  legend [shape=plaintext, style=\"\", tooltip=\"legend\", id=\"legend\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">\(rows)</TABLE>>];"]
    }
}

import Foundation
