#!/usr/bin/env bash
# The main job: install what is missing, build ergraph (release), extract the graph of the
# articles in seeds/ and draw it: output/graph.json, output/graph.svg, output/graph.png,
# output/graph.html (interactive page).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product ergraph
bin=$(swift build -c release --show-bin-path)/ergraph
mkdir -p output
"$bin" extract seeds -o output/graph.json --timings
"$bin" render --graph output/graph.json -o output/graph.svg --title "ergraph: seeds/" --timings
"$bin" render --graph output/graph.json -o output/graph.png --title "ergraph: seeds/"
"$bin" render --graph output/graph.json -o output/graph.html --title "ergraph: seeds/"
"$bin" neighbours Belarus --graph output/graph.json --depth 2 > output/neighbours-belarus.txt
echo "wrote output/graph.json output/graph.svg output/graph.png output/graph.html output/neighbours-belarus.txt"
