#!/usr/bin/env bash
# Extraction throughput, side by side with the Python baseline when ../shared/bench is present.
# Builds a corpus of the seed article repeated (200 files x 25 copies, about 21 MB, as
# ../shared/bench/make_corpus.sh does), then times `ergraph extract` at 1 and 2 jobs.
# Usage: Benchmarks/extract-throughput.sh [FILES] [COPIES]
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-200}; copies=${2:-25}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=$(ls seeds/*.txt | head -n 1)
for _ in $(seq "$copies"); do cat "$seed"; printf '\n'; done > "$work/one.txt"
mkdir -p "$work/corpus"
for i in $(seq -w 1 "$files"); do cp "$work/one.txt" "$work/corpus/doc-$i.txt"; done
bytes=$(cat "$work"/corpus/*.txt | wc -c)
swift build -c release --product ergraph >/dev/null
bin=$(swift build -c release --show-bin-path)/ergraph
printf '%-28s %10s %10s %10s\n' "run" "seconds" "MB/s" "peak MB"
for jobs in 1 2; do
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" extract "$work/corpus" -o "$work/graph.json" --jobs "$jobs"
  read -r seconds kb < "$work/time"
  printf '%-28s %10s %10.1f %10d\n' "ergraph extract --jobs $jobs" "$seconds" "$(echo "$bytes / 1000000 / $seconds" | bc -l)" $((kb / 1024))
done
baseline=../shared/bench/extract_baseline.py
if [[ -f $baseline ]] && python3 -c "import ahocorasick" 2>/dev/null; then
  python3 "$baseline" "$work/corpus" | python3 -c "import json,sys; r=json.load(sys.stdin); print('%-28s %10s %10.1f' % ('python baseline', r['seconds'], r['mb_per_s']))"
else
  echo "python baseline: not run (needs ../shared/bench and pip install pyahocorasick)"
fi
