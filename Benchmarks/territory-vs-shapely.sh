#!/usr/bin/env bash
# Times frontline's control areas against the same Voronoi–reach–clip–dissolve pipeline in
# shapely 2 on the same points, and prints how far the two results are apart.
#
# Points: COUNT (default 5,000) places inside Iraq and Syria from a fixed SEED (2017),
# written by TerritoryPipeline: 3 % cities (reach 15 km), 12 % towns (4 km), 45 % villages
# (2 km), 40 % hamlets (1 km), four holders in ragged bands, 3 % contested, 2 % besieged.
#
# frontline: TerritoryPipeline times TerritoryBuilder.areas(from:asOf:) whole (projection,
# Voronoi, reach, clip, dissolve, unknown land, front lines, back to WGS 84 with validity
# checks and geodesic areas), best and median of RUNS runs (default 5).
#
# shapely: a temporary venv with shapely and pyproj from pip; one script runs the same
# method in the same projection (LAEA on the points' box centre): voronoi_polygons, each
# cell cut to a 16-gon with the reach disc's area, cut to the countries' union only where
# the piece's box is not properly inside it (prepared), union_all per class, unknown =
# countries − known; timed the same way (reading the files is not timed). Its time does not
# include front lines, WGS 84 output or geodesic areas, which frontline's does.
#
# Agreement: frontline's WGS 84 areas are projected back with pyproj and compared class by
# class; the sum of the symmetric differences' areas is printed as a share of the clipped
# countries' area (the issue asks for under 0.1 %).
#
# Usage: Benchmarks/territory-vs-shapely.sh      (COUNT=1000 RUNS=3 for a quick run)
# Needs: swift, python3 with venv, network access to PyPI for shapely and pyproj.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
data="$repo/gazetteer"
count=${COUNT:-5000}
seed=${SEED:-2017}
runs=${RUNS:-5}

tool=${TERRITORY_PIPELINE:-}
if [ -z "$tool" ]; then
  swift build -c release --package-path "$here" --product TerritoryPipeline >&2
  tool="$(swift build -c release --package-path "$here" --show-bin-path)/TerritoryPipeline"
fi

work=$(mktemp -d /tmp/territory-vs-shapely.XXXXXX)
cleanup() {
  if [ -n "${KEEP_WORK:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "creating a venv with shapely and pyproj …" >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check shapely pyproj numpy >&2

"$tool" points "$data" "$count" "$seed" >"$work/points.csv"
"$tool" areas "$data" "$work/points.csv" "$work/frontline.geojson" "$runs"

"$work/venv/bin/python" - "$work/points.csv" "$data/countries/ne10m-countries.geojson" \
  "$work/frontline.geojson" "$runs" <<'PYTHON'
import csv
import json
import math
import statistics
import sys
import time

import numpy as np
import pyproj
import shapely

points_path, countries_path, frontline_path = sys.argv[1:4]
runs = int(sys.argv[4])
REACH = {"city": 15_000.0, "town": 4_000.0, "village": 2_000.0, "hamlet": 1_000.0}
VERTICES = 16

with open(points_path) as handle:
    rows = list(csv.DictReader(handle))
lons = np.array([float(row["lon"]) for row in rows])
lats = np.array([float(row["lat"]) for row in rows])
reach = np.array([REACH[row["kind"]] for row in rows])


def area_class(row):
    if row["status"] == "controlled":
        return ("controlled", row["controller"])
    if row["status"] == "besieged":
        return ("besieged", row["controller"])
    return ("contested", "contested")


classes = [area_class(row) for row in rows]
with open(countries_path) as handle:
    countries = [shapely.geometry.shape(f["geometry"]) for f in json.load(handle)["features"]]
lonlat_points = shapely.points(lons, lats)
holding = [c for c in countries if shapely.intersects(c, lonlat_points).any()]

# The same centre and operation as frontline's LocalProjection (6 decimals).
lon0 = "%.6f" % ((lons.min() + lons.max()) / 2)
lat0 = "%.6f" % ((lats.min() + lats.max()) / 2)
laea = pyproj.Transformer.from_proj(
    pyproj.Proj("+proj=longlat +ellps=WGS84"),
    pyproj.Proj(f"+proj=laea +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m"),
    always_xy=True)


def project(geometry):
    return shapely.transform(
        geometry, lambda xy: np.column_stack(laea.transform(xy[:, 0], xy[:, 1])))


def pipeline():
    x, y = laea.transform(lons, lats)
    x, y = np.asarray(x), np.asarray(y)
    region = shapely.union_all([project(c) for c in holding])
    shapely.prepare(region)
    sites = shapely.multipoints(np.column_stack([x, y]))
    minx, miny, maxx, maxy = shapely.bounds(region)
    margin = 2 * reach.max() + 1000
    envelope = shapely.box(min(minx, x.min()) - margin, min(miny, y.min()) - margin,
                           max(maxx, x.max()) + margin, max(maxy, y.max()) + margin)
    cells = shapely.get_parts(shapely.voronoi_polygons(sites, extend_to=envelope, ordered=True))
    # The reach disc as frontline draws it: a 16-gon with the disc's area.
    circumradius = reach * math.sqrt(
        2 * math.pi / (VERTICES * math.sin(2 * math.pi / VERTICES)))
    angles = 2 * math.pi * np.arange(VERTICES + 1) / VERTICES
    rings = np.stack([x[:, None] + circumradius[:, None] * np.cos(angles),
                      y[:, None] + circumradius[:, None] * np.sin(angles)], axis=-1)
    discs = shapely.polygons(rings)
    pieces = shapely.intersection(cells, discs)
    crossing = ~shapely.contains_properly(region, shapely.envelope(pieces))
    pieces[crossing] = shapely.intersection(pieces[crossing], region)
    areas = {}
    for key in sorted(set(classes)):
        mask = np.array([c == key for c in classes])
        areas[key] = shapely.union_all(pieces[mask])
    known = shapely.union_all(list(areas.values()))
    areas[("unknown", "unknown")] = shapely.difference(region, known)
    return areas, region


times = []
for _ in range(runs):
    start = time.perf_counter()
    areas, region = pipeline()
    times.append(time.perf_counter() - start)
times.sort()
print("shapely %s (GEOS %s): %d points, areas: best %.3f s, median %.3f s over %d runs" % (
    shapely.__version__, shapely.geos_version_string, len(rows), times[0],
    statistics.median(times), runs))

with open(frontline_path) as handle:
    features = json.load(handle)["features"]
ours = {}
for feature in features:
    properties = feature["properties"]
    if properties.get("layer") != "area":
        continue
    key = (properties["class"], properties["controller"])
    ours[key] = project(shapely.geometry.shape(feature["geometry"]))

total = region.area
difference = 0.0
for key in sorted(set(areas) | set(ours)):
    theirs = areas.get(key, shapely.Polygon())
    mine = ours.get(key, shapely.Polygon())
    part = shapely.symmetric_difference(mine, theirs).area
    difference += part
    print("  %-22s frontline %12.1f km²  shapely %12.1f km²  sym. difference %10.4f km²" % (
        "%s %s" % key, mine.area / 1e6, theirs.area / 1e6, part / 1e6))
print("symmetric difference: %.4f km² of %.1f km², %.6f %%" % (
    difference / 1e6, total / 1e6, 100 * difference / total))
PYTHON
