#!/usr/bin/env bash
# frontline's geocoder against Python's rapidfuzz on the same list of names.
#
# The names are the spellings of Tests/GazetteerTests/Fixtures/evaluation.tsv (as reporting
# writes them) plus the same spellings with one typo each (a letter changed, dropped, doubled
# or swapped; fixed seed), each with the place meant. rapidfuzz runs
# `process.extractOne(name, choices)` (default scorer WRatio, utils.default_process) over
# every spelling of every place of the shipped gazetteer, the same spellings frontline
# indexes; its answer is the place of the best spelling. Both run single-threaded without a
# geographic bias; the throughputs are names per second of CPU time.
#
# Usage: Benchmarks/geocode-vs-rapidfuzz.sh   (from anywhere; needs python3 and pip access)
#        FRONTLINE_SCRATCH=.build-x Benchmarks/geocode-vs-rapidfuzz.sh   (another build folder)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# FRONTLINE_SCRATCH=DIR builds in DIR instead of Benchmarks/.build.
scratch=()
if [ -n "${FRONTLINE_SCRATCH:-}" ]; then scratch=(--scratch-path "$FRONTLINE_SCRATCH"); fi
echo "building GazetteerThroughput (release)…" >&2
(cd "$here" && swift build -c release "${scratch[@]}" --product GazetteerThroughput >&2)
tool="$(cd "$here" && swift build -c release "${scratch[@]}" --show-bin-path)/GazetteerThroughput"

echo "making a temporary venv with rapidfuzz…" >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet rapidfuzz

python3 - "$repo/Tests/GazetteerTests/Fixtures/evaluation.tsv" "$work/names.tsv" <<'PY'
import random, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")
        if not line.startswith("#")][1:]
rng = random.Random(2017)
def typo(name):
    letters = list(name)
    spots = [i for i, c in enumerate(letters) if c.isalpha()][1:]
    if len(spots) < 2:
        return name
    i = rng.choice(spots)
    kind = rng.randrange(4)
    if kind == 0:
        letters[i] = rng.choice("aeioubdklmnrstz")
    elif kind == 1:
        del letters[i]
    elif kind == 2:
        letters.insert(i, letters[i])
    elif i + 1 < len(letters):
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    return "".join(letters)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in rows:
        out.write(f"{row[0]}\t{row[1]}\n")
    for row in rows:
        out.write(f"{typo(row[0])}\t{row[1]}\n")
PY

"$tool" choices "$repo/gazetteer" "$work/choices.tsv"
# frontline: the list repeated so that the timing covers a few hundred thousand names.
for _ in $(seq 200); do cat "$work/names.tsv"; done > "$work/names-repeated.tsv"
frontline="$("$tool" geocode "$repo/gazetteer" "$work/names-repeated.tsv")"
frontline_once="$("$tool" geocode "$repo/gazetteer" "$work/names.tsv")"

rapidfuzz="$("$work/venv/bin/python" - "$work/choices.tsv" "$work/names.tsv" <<'PY'
import sys, time
from rapidfuzz import process, utils
spellings, ids = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    spelling, place = line.rstrip("\n").split("\t")
    spellings.append(spelling)
    ids.append(place)
names = [line.rstrip("\n").split("\t") for line in open(sys.argv[2], encoding="utf-8")]
processed = [utils.default_process(s) for s in spellings]
start = time.process_time()
hits = 0
for name, expected in names:
    best = process.extractOne(utils.default_process(name), processed, processor=None)
    if best is not None and ids[best[2]] == expected:
        hits += 1
seconds = time.process_time() - start
print(f"rapidfuzz: {len(names)} names, {len(names) / seconds:.0f} names/s, "
      f"accuracy@1 {hits / len(names):.4f} ({len(spellings)} choices)")
PY
)"

echo "$frontline   (list repeated 200 times)"
echo "$frontline_once   (accuracy on the list once)"
echo "$rapidfuzz"
python3 - "$frontline" "$rapidfuzz" <<'PY'
import re, sys
f = float(re.search(r"([\d.]+) names/s", sys.argv[1]).group(1))
r = float(re.search(r"([\d.]+) names/s", sys.argv[2]).group(1))
print(f"frontline is {f / r:.0f} times faster")
PY
