#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test target.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build --disable-swift-testing
