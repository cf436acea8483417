#!/usr/bin/env bash
# Builds NewsGraph and runs every test (unit, CLI, sample-corpus scoring, offscreen GUI).
# Usage: scripts/run-tests.sh [preset]   (release by default; "asan" for ASan+UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
scripts/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset" --output-on-failure --timeout 900
