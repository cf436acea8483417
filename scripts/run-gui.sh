#!/usr/bin/env bash
# Builds NewsGraph (release) and launches the explorer; on first start it ingests the bundled sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target newsgraph newsgraph-cli
exec build/release/app/gui/newsgraph "$@"
