#!/usr/bin/env bash
# In-process libgvc (ergraph-render-bench) against spawning `dot` on the same DOT files: the seed
# graph and the generated graphs of ../shared/bench (small, s500, medium with sfdp), median of
# RUNS, same machine, same run. Then a leak check: one render and 50 renders in one process under
# valgrind, and the "definitely lost" blocks whose stacks reach ergraph's own code.
# Usage: Benchmarks/render-vs-dot.sh   (RUNS=5; set LEAKS=0 to skip valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
data=${ERGRAPH_BENCH_DATA:-/tmp/ergraph-bench}
mkdir -p "$data"
swift build -c release --product ergraph --product ergraph-render-bench >/dev/null 2>&1 || swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)
"$bin/ergraph" extract seeds -o "$data/seed.json"
"$bin/ergraph" render --graph "$data/seed.json" --format dot -o "$data/graph-seed.dot"
bench=../shared/bench
for size in small:50:120 s500:500:2000 medium:2000:8000; do
  IFS=: read -r name nodes edges <<< "$size"
  [[ -f $data/graph-$name.dot || ! -d $bench ]] || python3 "$bench/gen_graph.py" --nodes "$nodes" --edges "$edges" --out "$data/graph-$name" >/dev/null
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-8s %-6s %14s %14s %8s\n' graph layout "libgvc ms" "dot spawn ms" ratio
for case in seed:dot small:dot s500:sfdp medium:sfdp; do
  IFS=: read -r name layout <<< "$case"
  file=$data/graph-$name.dot
  [[ -f $file ]] || continue
  inproc=$("$bin/ergraph-render-bench" "$file" "$runs" "$layout" svg | awk '{print $1}')
  spawn=$(for _ in $(seq "$runs"); do
    start=$(date +%s%N); dot -K"$layout" -Tsvg "$file" > /dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000 ))
  done | median)
  spawn_ms=$(echo "$spawn / 1000" | bc -l)
  printf '%-8s %-6s %14.2f %14.2f %7.2fx\n' "$name" "$layout" "$inproc" "$spawn_ms" "$(echo "$spawn_ms / $inproc" | bc -l)"
done
if [[ ${LEAKS:-1} != 0 ]] && command -v valgrind >/dev/null; then
  for count in 1 50; do
    valgrind --leak-check=full --num-callers=30 "$bin/ergraph-render-bench" "$data/graph-seed.dot" "$count" dot svg > /dev/null 2> "$data/valgrind-$count.txt" || true
    lost=$(grep -E "definitely lost:" "$data/valgrind-$count.txt" | sed 's/.*definitely lost: //')
    # A block is ergraph's when the first frame below the allocator is ergraph's own code.
    ours=$(awk '/definitely lost in loss record/ {block=1; first=""; next}
      block && /by 0x|at 0x/ && first == "" && !/vg_replace_malloc|malloc|calloc|realloc|operator new|swift_slowAlloc|swift_allocObject/ {first=$0}
      block && /^==[0-9]+== $/ {if (first ~ /ergraph|Rendering|EntityGraph|shim\.h/) n++; block=0}
      END {print n+0}' "$data/valgrind-$count.txt")
    echo "valgrind, $count render(s): definitely lost $lost; blocks allocated by ergraph's own code: $ours"
  done
fi
