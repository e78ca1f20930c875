#!/usr/bin/env python3
"""Times `frontline snapshot` on a generated 1,000,000-event ledger over 50,000 places.

The ledger (about 300 MB of NDJSON, fixed seed, explicit lat/lon places so no gazetteer entry
is needed) is written to a temporary folder; the command runs twice (the first run also
builds the gazetteer cache) and the script prints wall time, CPU time and peak RSS of each.
Target (issue 5): under 2 s and 1 GB.

Usage: Benchmarks/snapshot-large-ledger.py [--frontline PATH] [--events N] [--places N]
"""
import argparse
import datetime
import os
import subprocess
import sys
import tempfile
import time

ACTORS = ["isis", "pmu", "sdf", "ypg", "asayish", "peshmerga", "isf", "saa", "hezbollah",
          "opposition", "tsk", "coalition", "hts"]
STATUSES = ["controlled"] * 7 + ["contested", "besieged", "advance"]


def generate(path, events, places):
    state = 0x5EED
    mask = (1 << 64) - 1

    def draw(bound):
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & mask
        return (state >> 33) % bound

    start = datetime.date(2014, 1, 1)
    with open(path, "w") as out:
        for index in range(events):
            place, round_ = index % places, index // places
            day = start + datetime.timedelta(days=round_ * 100 + draw(100))
            roll = draw(100)
            precision = "day" if roll < 90 else ("week" if roll < 97 else "month")
            holder = None if draw(4) == 0 else ACTORS[draw(13)]
            taker, status = ACTORS[draw(13)], STATUSES[draw(10)]
            source = "https://example.org/reports/%d" % draw(1000)
            evidence = "Sentence %d of a report about who took the place." % draw(100)
            confidence = draw(101) / 100
            lon, lat = 38 + (place % 250) * 0.024, 33 + (place // 250) * 0.02
            out.write(
                '{"id":"e%d","date":"%s","date_precision":"%s","lat":%.3f,"lon":%.3f,'
                '"name":"Place %d","from":%s,"to":"%s","status":"%s","source":"%s",'
                '"evidence":"%s","confidence":%s,"geo_precision":1}\n'
                % (index, day.isoformat(), precision, lat, lon, place,
                   "null" if holder is None else '"%s"' % holder, taker, status, source,
                   evidence, confidence))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frontline", default=os.path.join(here, "..", ".build", "release", "frontline"))
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--places", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        ledger = os.path.join(work, "ledger.ndjson")
        generate(ledger, args.events, args.places)
        print(f"ledger: {os.path.getsize(ledger) / 1e6:.1f} MB, {args.events:,} events, "
              f"{args.places:,} places")
        for run in (1, 2):
            output = os.path.join(work, f"snapshot-{run}.geojson")
            start = time.perf_counter()
            process = subprocess.Popen([args.frontline, "snapshot", "--ledger", ledger, "-o", output],
                                       stderr=subprocess.PIPE)
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(process.stderr.read().decode(errors="replace"))
            print(f"  run {run}: wall {wall:.2f} s  cpu {usage.ru_utime + usage.ru_stime:.2f} s  "
                  f"peak RSS {usage.ru_maxrss / 1024:.0f} MB   (target < 2 s, < 1024 MB)")


if __name__ == "__main__":
    main()
