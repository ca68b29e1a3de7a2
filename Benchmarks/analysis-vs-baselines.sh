#!/usr/bin/env bash
# Analysis speed and memory of ergraph next to NetworkX, igraph and rustworkx, on the graphs of
# ../shared/bench (gen_graph.py sizes: small, s500, medium, large, huge), in the same run.
# Prints one table: per operation, ergraph's time, the fastest competitor's, and the ratio.
# Usage: Benchmarks/analysis-vs-baselines.sh [SIZE] [LIBS]   (defaults: large igraph,rustworkx)
# Needs ../shared/bench and `pip install igraph rustworkx networkx`.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-large}; libs=${2:-igraph,rustworkx}
bench=$(cd ../shared/bench 2>/dev/null && pwd) || { echo "needs ../shared/bench" >&2; exit 1; }
data=${ERGRAPH_BENCH_DATA:-/tmp/ergraph-bench}
mkdir -p "$data"
declare -A sizes=([small]="50 120" [s500]="500 2000" [medium]="2000 8000" [large]="100000 1000000" [huge]="1000000 10000000")
read -r nodes edges <<< "${sizes[$size]}"
[[ -f $data/graph-$size.tsv ]] || python3 "$bench/gen_graph.py" --nodes "$nodes" --edges "$edges" --out "$data/graph-$size"
ops=load_tsv,build,khop2_hub,typed2_hub,khop3_hub,sp_und_rand,sp_dir_rand,pagerank,pagerank_tight,wcc
python3 "$bench/baseline.py" --sizes "$size" --libs "$libs" --data-dir "$data" --only "$ops" > "$data/baseline-$size.log" 2>&1 || true
swift build -c release --product ergraph-bench >/dev/null
bin=$(swift build -c release --show-bin-path)/ergraph-bench
/usr/bin/time -f "%M" -o "$data/ergraph-$size.rss" "$bin" "$data/graph-$size.tsv" "$data/queries-$size.json" > "$data/ergraph-$size.json"
python3 - "$data" "$size" <<'PY'
import json, sys
data, size = sys.argv[1], sys.argv[2]
anchors = json.load(open(f"{data}/anchors-{size}.json"))["results"]
ours = json.load(open(f"{data}/ergraph-{size}.json"))
peak = int(open(f"{data}/ergraph-{size}.rss").read().split()[-1]) / 1024
def best(*ops):
    found = []
    for lib, results in anchors.items():
        total = 0.0
        for op in ops:
            r = results.get(op, {})
            if r.get("status") != "ok":
                break
            total += r["s"] * 1000
        else:
            found.append((total, lib))
    return min(found) if found else (float("nan"), "-")
rows = [("load TSV + build index", ours["load_build_ms"], best("load_tsv", "build")),
        ("2-hop, hub", ours["khop2_hub_ms"], best("khop2_hub")),
        ("2-hop typed, hub", ours["typed2_hub_ms"], best("typed2_hub")),
        ("3-hop, hub", ours["khop3_hub_ms"], best("khop3_hub")),
        ("shortest path, undirected (median)", ours["sp_und_rand_median_ms"], best("sp_und_rand")),
        ("shortest path, directed (median)", ours["sp_dir_rand_median_ms"], best("sp_dir_rand")),
        ("PageRank, L1 tol 1e-6", ours["pagerank_ms"], min(best("pagerank_tight"), best("pagerank"))),
        ("weakly connected components", ours["wcc_ms"], best("wcc"))]
print(f"{size}: {ours['nodes']} nodes, {ours['edges']} edges; ergraph index {ours['bytes_per_edge']:.1f} bytes/edge, peak {peak:.0f} MiB")
print(f"{'operation':38s} {'ergraph ms':>11s} {'fastest other':>24s} {'speed-up':>9s}")
for name, mine, (theirs, lib) in rows:
    print(f"{name:38s} {mine:11.2f} {theirs:14.2f} ({lib:>8s}) {theirs / mine:8.1f}x")
PY
