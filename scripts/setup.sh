#!/usr/bin/env bash
# Installs what ergraph needs on a Debian machine (run as root), only what is missing:
# libgraphviz-dev (libgvc, used in-process), graphviz (the dot tools, for comparisons),
# pkg-config, a font with Arabic glyphs (Noto Sans), chromium (the HTML page's browser test) and
# NetworkX (export tests). Registers Graphviz's plugins if needed.
set -euo pipefail
packages=(libgraphviz-dev graphviz pkg-config fonts-noto-core fontconfig chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
python3 -c "import networkx" 2>/dev/null || pip install -q networkx
config=$(ls /usr/lib/*/graphviz/config6* 2>/dev/null | head -n 1 || true)
if [[ -z $config || ! -s $config ]]; then
  dot -c
fi
