import Analysis
import EntityGraph

/// What part of a graph a drawing shows: a neighbourhood, some relation types, some kinds, the
/// highest-ranked entities.
enum DrawingSelection {
    /// The subgraph to draw; throws the one-line unknown-entity error for `focus`.
    static func select(_ graph: EntityGraph, focus: String?, depth: Int, types: Set<RelationType>?,
                       kinds: Set<EntityKind>?, maxNodes: Int?) throws -> EntityGraph {
        var ids = Set(graph.entities.filter { kinds?.contains($0.kind) ?? true }.map(\.id))
        var selected = graph.subgraph(ids)
        if let types {
            var typed = EntityGraph(vocabulary: graph.vocabulary)
            graph.sources.forEach { typed.addSource($0) }
            selected.entities.forEach { typed.add($0) }
            for relation in selected.relations where types.contains(relation.type) { try? typed.add(relation) }
            selected = typed
        }
        if let focus {
            let names = NameIndex(selected)
            guard let center = names.entity(named: focus) else {
                let suggestions = NameIndex(graph).suggestions(for: focus)
                throw CLIError.unknownEntity(focus, suggestions: suggestions)
            }
            selected = Neighbourhood.egoGraph(center.id, in: selected, index: AdjacencyIndex(selected), query: NeighbourhoodQuery(depth: depth))
        }
        if let maxNodes, selected.entityCount > maxNodes {
            let index = AdjacencyIndex(selected)
            let ranks = Centrality.pageRank(index).ranks
            ids = Set(Centrality.top(ranks, maxNodes).map(index.id))
            selected = selected.subgraph(ids)
        }
        return selected
    }
}
