#!/usr/bin/env bash
# Wall time of a cold `frontline geocode Mosul` with the shipped gazetteer: a new process
# each run, the index cache in place (as after the first run on a machine), best of many.
# Also times the first run, which builds the cache from the GeoNames text.
#
# Usage: Benchmarks/geocode-cold-start.sh [RUNS]          (default 30 runs)
#        FRONTLINE_SCRATCH=.build-x Benchmarks/geocode-cold-start.sh   (another build folder)
# Uses hyperfine when it is installed (apt install hyperfine), else a loop of date +%s%N.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
runs="${1:-30}"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT

scratch=()
if [ -n "${FRONTLINE_SCRATCH:-}" ]; then scratch=(--scratch-path "$FRONTLINE_SCRATCH"); fi
echo "building frontline (release)…" >&2
(cd "$repo" && swift build -c release "${scratch[@]}" --product frontline >&2)
frontline="$(cd "$repo" && swift build -c release "${scratch[@]}" --show-bin-path)/frontline"
export FRONTLINE_CACHE="$cache" FRONTLINE_DATA="$repo/gazetteer"

milliseconds() { echo $(( ($2 - $1) / 1000000 )); }

start=$(date +%s%N)
"$frontline" geocode Mosul > /dev/null
echo "first run (builds the index cache): $(milliseconds "$start" "$(date +%s%N)") ms"

if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs "$runs" --shell=none "$frontline geocode Mosul"
else
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$frontline" geocode Mosul > /dev/null
    times+=("$(milliseconds "$start" "$(date +%s%N)")")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "cold start over $runs runs: min ${sorted[0]} ms, median ${sorted[$((runs / 2))]} ms," \
    "max ${sorted[$((runs - 1))]} ms"
fi
