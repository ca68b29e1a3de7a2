#!/usr/bin/env python3
"""Writes expected.json: what NetworkX computes on the fixture graphs, for AnalysisTests.

The graphs are ../shared/bench/gen_graph.py output (small: 50 nodes / 120 edges, s500: 500 / 2000),
read as NetworkX's MultiDiGraph (every line an edge, directed as written, parallel edges kept).
Run from this folder: python3 make_expected.py
"""
import json
import random
import networkx as nx

TYPED = {"member_of", "allied_with", "borders"}


def load(path):
    graph = nx.MultiDiGraph()
    for line in open(path, encoding="utf-8"):
        source, kind, target = line.rstrip("\n").split("\t")
        graph.add_edge(source, target, type=kind)
    return graph


def khop(graph, node, depth, types=None):
    view = graph if types is None else graph.edge_subgraph(
        [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if d["type"] in types])
    undirected = view.to_undirected(as_view=True)
    if node not in undirected:
        return []
    return sorted(n for n in nx.single_source_shortest_path_length(undirected, node, cutoff=depth) if n != node)


def main():
    expected = {}
    for name in ("small", "s500"):
        graph = load(f"graph-{name}.tsv")
        nodes = sorted(graph.nodes)
        rng = random.Random(7)
        hub = max(nodes, key=lambda n: (graph.degree(n), n))
        sample = [hub] + rng.sample(nodes, 4)
        pairs = [tuple(rng.sample(nodes, 2)) for _ in range(10)]
        undirected = graph.to_undirected(as_view=True)
        def length(view, a, b):
            try:
                return nx.shortest_path_length(view, a, b)
            except nx.NetworkXNoPath:
                return -1
        expected[name] = {
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "weak_components": nx.number_weakly_connected_components(graph),
            "strong_components": nx.number_strongly_connected_components(graph),
            "khop": [{"node": n, "depth": d, "neighbours": khop(graph, n, d)} for n in sample for d in (1, 2)],
            "typed2": [{"node": n, "neighbours": khop(graph, n, 2, TYPED)} for n in sample],
            "paths": [{"from": a, "to": b, "directed": length(graph, a, b), "undirected": length(undirected, a, b)}
                      for a, b in pairs],
            "pagerank": nx.pagerank(graph, alpha=0.85, tol=1e-12, max_iter=10000),
        }
    with open("expected.json", "w", encoding="utf-8") as out:
        json.dump(expected, out, indent=1, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
