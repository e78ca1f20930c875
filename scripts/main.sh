#!/usr/bin/env bash
# Sets everything up on a fresh Debian machine, builds frontline in release mode and runs the
# main job on the seed report.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
swift build -c release --product frontline >&2
.build/release/frontline extract seeds/000_e790da4f0a973771.txt "$@"
