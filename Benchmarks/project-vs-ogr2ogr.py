#!/usr/bin/env python3
"""Times `frontline project --to EPSG:3857` against `ogr2ogr -t_srs EPSG:3857` on the same file.

Generates a GeoJSON FeatureCollection of 20,000 LineStrings of 50 positions each (about 25 MB,
1M positions, lon 38-44, lat 33-37, fixed seed), runs both tools alternately (A B A B), and
prints wall times, peak resident memory of each run, and the ratios side by side.

Usage: Benchmarks/project-vs-ogr2ogr.py [--frontline PATH] [--rounds N]
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time


def generate(path, lines=20_000, positions=50, seed=2017):
    rng = random.Random(seed)
    with open(path, "w") as out:
        out.write('{"type":"FeatureCollection","features":[\n')
        for index in range(lines):
            lon, lat = rng.uniform(38, 44), rng.uniform(33, 37)
            coords = []
            for _ in range(positions):
                lon = min(44.0, max(38.0, lon + rng.uniform(-0.01, 0.01)))
                lat = min(37.0, max(33.0, lat + rng.uniform(-0.01, 0.01)))
                coords.append("[%.7f,%.7f]" % (lon, lat))
            feature = '{"type":"Feature","properties":{"id":%d,"name":"line %d"},' % (index, index)
            feature += '"geometry":{"type":"LineString","coordinates":[%s]}}' % ",".join(coords)
            out.write(feature + (",\n" if index + 1 < lines else "\n"))
        out.write("]}\n")


def run(command):
    """Runs a command; returns (seconds, peak RSS in bytes)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{stderr}")
    return elapsed, usage.ru_maxrss * 1024


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frontline", default=os.path.join(here, "..", ".build", "release", "frontline"))
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not shutil.which("ogr2ogr"):
        sys.exit("ogr2ogr not found: apt-get install gdal-bin")
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "lines.geojson")
        generate(source)
        size = os.path.getsize(source)
        print(f"input: {size / 1e6:.1f} MB, 20,000 LineStrings x 50 positions")
        results = {"frontline": [], "ogr2ogr": []}
        for round_ in range(args.rounds):
            for name in ("frontline", "ogr2ogr"):
                target = os.path.join(work, f"{name}-{round_}.geojson")
                if name == "frontline":
                    command = [args.frontline, "project", source, "--to", "EPSG:3857", "-o", target]
                else:
                    command = ["ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:3857", target, source]
                seconds, rss = run(command)
                results[name].append((seconds, rss))
                print(f"  {name:9s} round {round_ + 1}: {seconds:7.3f} s  peak RSS {rss / 1e6:7.1f} MB")
        best = {name: min(r[0] for r in runs) for name, runs in results.items()}
        peak = {name: max(r[1] for r in runs) for name, runs in results.items()}
        print(f"best time  frontline {best['frontline']:.3f} s   ogr2ogr {best['ogr2ogr']:.3f} s   "
              f"ratio ogr2ogr/frontline = {best['ogr2ogr'] / best['frontline']:.1f}x (target >= 10x)")
        print(f"peak RSS   frontline {peak['frontline'] / 1e6:.1f} MB = {peak['frontline'] / size:.2f}x "
              f"the file (target <= 3x)   ogr2ogr {peak['ogr2ogr'] / 1e6:.1f} MB")
        check = json.load(open(os.path.join(work, "frontline-0.geojson")))
        reference = json.load(open(os.path.join(work, "ogr2ogr-0.geojson")))
        worst = 0.0
        for ours, theirs in zip(check["features"], reference["features"]):
            for a, b in zip(ours["geometry"]["coordinates"], theirs["geometry"]["coordinates"]):
                worst = max(worst, abs(a[0] - b[0]), abs(a[1] - b[1]))
        print(f"largest coordinate difference from ogr2ogr: {worst:.3g} m")


if __name__ == "__main__":
    main()
