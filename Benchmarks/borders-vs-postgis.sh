#!/usr/bin/env bash
# Times frontline's distance to the Iraq–Syria border against PostGIS on the same line and
# the same points, and prints how far the two disagree, by distance band.
#
# Points: COUNT (default 1,000,000) uniform in lon 35–49°, lat 29–38°, fixed SEED (2017),
# written by BordersThroughput. Line: Natural Earth 10m IRQ-SYR from gazetteer/borders/.
#
# frontline: BordersThroughput measures every point with Borders.BorderDistance and reports
# points per second of its own CPU time (one thread); then again with the nearest point, the
# side and the border zone (Borders.BorderMeasurer), which PostGIS's query does not compute.
# PostGIS: a throwaway cluster in a
# temporary directory, listening on a unix socket only (listen_addresses=''), no parallel
# workers, times `SELECT sum(ST_Distance(p.geog, b.geog, true))` with EXPLAIN ANALYZE (one
# backend, one core), then writes every distance for the comparison; the cluster is stopped
# and removed on exit. If a `frontline` executable is found ($FRONTLINE, or the repository's
# release build), the whole command `frontline distance --border IQ-SY FILE --format csv` is
# timed too, reading the points as GeoJSONSeq.
#
# PostGIS's spheroid distance is exact near a line but it picks the closest point on a
# sphere, so beyond 10 km it can be up to 0.3 % long: within 10 km the two must agree to
# 0.5 m; beyond, frontline is checked against the 1 m brute-force reference on a sample.
#
# Usage: Benchmarks/borders-vs-postgis.sh        (COUNT=100000 for a quick run)
# Needs: swift, python3, postgresql-15-postgis-3 (installed with apt-get when missing).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
data="$repo/gazetteer"
count=${COUNT:-1000000}
seed=${SEED:-2017}
border=IQ-SY
pg=/usr/lib/postgresql/15/bin

if [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
  echo "installing postgresql-15-postgis-3 …" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    postgresql-15-postgis-3 >&2
fi

tool=${BORDERS_THROUGHPUT:-}
if [ -z "$tool" ]; then
  swift build -c release --package-path "$here" --product BordersThroughput >&2
  tool="$(swift build -c release --package-path "$here" --show-bin-path)/BordersThroughput"
fi
frontline=${FRONTLINE:-$repo/.build/release/frontline}

work=$(mktemp -d /tmp/borders-vs-postgis.XXXXXX)
chmod 755 "$work"
# PostgreSQL refuses to run as root: run the cluster as the postgres user then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
  if [ -f "$work/cluster/postmaster.pid" ]; then
    as_pg "$pg/pg_ctl" -D "$work/cluster" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${KEEP_WORK:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "points: $count, seed $seed, lon 35–49°, lat 29–38°" >&2
"$tool" points "$count" "$seed" >"$work/points.csv"
"$tool" measure "$data" "$border" "$work/points.csv" >"$work/frontline.csv" 2>"$work/frontline.log"
"$tool" sides "$data" "$border" "$work/points.csv" >/dev/null 2>"$work/frontline-sides.log"

python3 - "$data/borders/ne10m-land-boundaries.geojson" >"$work/border.wkt" <<'PY'
import json, sys
lines = [f for f in json.load(open(sys.argv[1]))["features"] if f["properties"]["pair"] == "IRQ-SYR"]
parts = [part for f in lines for part in f["geometry"]["coordinates"]]
print("MULTILINESTRING(" + ",".join(
    "(" + ",".join("%r %r" % (lon, lat) for lon, lat in part) + ")" for part in parts) + ")")
PY

mkdir "$work/cluster" "$work/socket"
[ "$(id -u)" = 0 ] && chown postgres "$work/cluster" "$work/socket"
as_pg "$pg/initdb" -D "$work/cluster" -A trust -U bench --no-sync >/dev/null
as_pg "$pg/pg_ctl" -D "$work/cluster" -l "$work/socket/postgres.log" -w -o \
  "-c listen_addresses='' -k $work/socket -c max_parallel_workers_per_gather=0 -c jit=off -c fsync=off -c shared_buffers=256MB" \
  start >/dev/null
psql=(psql -h "$work/socket" -U bench -d postgres -X -q -v ON_ERROR_STOP=1)
"${psql[@]}" <<SQL
CREATE EXTENSION postgis;
CREATE TABLE border (geog geography);
INSERT INTO border VALUES (ST_GeogFromText('SRID=4326;$(cat "$work/border.wkt")'));
CREATE TABLE points (id integer PRIMARY KEY, lat float8, lon float8, geog geography);
\copy points (id, lat, lon) FROM '$work/points.csv' WITH (FORMAT csv, HEADER true)
UPDATE points SET geog = ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography;
VACUUM ANALYZE points;
SQL
postgis_version=$("${psql[@]}" -At -c "SELECT postgis_lib_version()")
# Warm the cache, then time the distances alone: wall time from EXPLAIN ANALYZE and the
# backend's CPU time (utime + stime from /proc, in clock ticks) around it.
ticks=$(getconf CLK_TCK)
"${psql[@]}" -At >"$work/postgis-timing.txt" <<'SQL'
SELECT count(*) FROM points;
SELECT pg_backend_pid() AS pid \gset
\set before `awk '{ print $14 + $15 }' /proc/:pid/stat`
EXPLAIN (ANALYZE, FORMAT JSON) SELECT sum(ST_Distance(p.geog, b.geog, true)) FROM points p, border b;
\set after `awk '{ print $14 + $15 }' /proc/:pid/stat`
\echo cpu :before :after
SQL
"${psql[@]}" -At -c "\\copy (SELECT p.id, ST_Distance(p.geog, b.geog, true) FROM points p, border b ORDER BY p.id) TO '$work/postgis.csv' WITH (FORMAT csv)"
as_pg "$pg/pg_ctl" -D "$work/cluster" -m fast -w stop >/dev/null

cli_line="frontline CLI: not timed (no executable at $frontline; set FRONTLINE)"
if [ -x "$frontline" ]; then
  python3 - "$work/points.csv" >"$work/points.geojsonl" <<'PY'
import sys
out = sys.stdout
for line in open(sys.argv[1]).readlines()[1:]:
    i, lat, lon = line.strip().split(",")
    out.write('{"type":"Feature","id":%s,"properties":{},"geometry":{"type":"Point","coordinates":[%s,%s]}}\n' % (i, lon, lat))
PY
  cli_seconds=$( { /usr/bin/time -f "%U %S" env FRONTLINE_DATA="$data" "$frontline" distance \
    --border "$border" "$work/points.geojsonl" --format csv >/dev/null; } 2>&1 | tail -1 |
    awk '{ print $1 + $2 }')
  cli_line=$(python3 -c "print('frontline CLI (GeoJSONSeq in, CSV out, parse + measure + side + write): %.0f points/s of CPU' % ($count / $cli_seconds))")
fi

# For the brute-force reference: a sample beyond 10 km spread over the distance range, and
# the points within 10 km where frontline and PostGIS disagree by more than 0.5 m (or the
# worst one), to tell whose answer is wrong there.
sample=$(python3 - "$work/frontline.csv" "$work/postgis.csv" <<'PY'
import sys
rows = [l.split(",") for l in open(sys.argv[1]).read().split("\n")[1:] if l]
theirs = {int(l.split(",")[0]): float(l.split(",")[1]) for l in open(sys.argv[2]) if l.strip()}
far = sorted((float(d), int(i)) for i, d in rows if float(d) > 10_000)
near = sorted(((abs(float(d) - theirs[int(i)]), int(i)) for i, d in rows if float(d) <= 10_000),
              reverse=True)
picks = [far[k * (len(far) - 1) // 7][1] for k in range(8)] if far else []
# Every point within 10 km that disagrees by more than 0.5 m (the 20 worst), else the worst.
picks += [i for d, i in near[:20] if d > 0.5] or [i for _, i in near[:1]]
print(" ".join(str(i) for i in picks))
PY
)
"$tool" brute "$data" "$border" "$work/points.csv" $sample >"$work/brute.csv"

python3 - "$work" "$count" "$postgis_version" "$cli_line" "$ticks" <<'PY'
import json, sys
work, count, version, cli = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
ticks = int(sys.argv[5])
def table(path, header):
    lines = open(path).read().split("\n")[1 if header else 0:]
    return {int(l.split(",")[0]): float(l.split(",")[1]) for l in lines if l}
ours = table(work + "/frontline.csv", True)
theirs = table(work + "/postgis.csv", False)
brute = table(work + "/brute.csv", True)
def rate(log):
    return float(open(work + "/" + log).read().split(": ")[-1].split()[0])
frontline_rate = rate("frontline.log")
sides_rate = rate("frontline-sides.log")
timing = open(work + "/postgis-timing.txt").read().split("\n")
plan_text = "\n".join(l for l in timing[1:] if l and not l.startswith("cpu "))
plan = json.loads(plan_text)[0]
before, after = (int(v) for v in next(l for l in timing if l.startswith("cpu ")).split()[1:])
postgis_wall_rate = count / (plan["Execution Time"] / 1000)
postgis_rate = count / max((after - before) / ticks, 1 / ticks)
print("frontline (Borders.BorderDistance, one core): %9.0f points/s of CPU" % frontline_rate)
print("frontline with nearest point, side and zone (BorderMeasurer): %9.0f points/s of CPU"
      % sides_rate)
print(cli)
print("PostGIS %s ST_Distance(geography, geography, true), one backend: %9.0f points/s of CPU "
      "(%.0f by wall time)" % (version, postgis_rate, postgis_wall_rate))
print("frontline / PostGIS: %.1f× (with nearest point, side and zone: %.1f×)"
      % (frontline_rate / postgis_rate, sides_rate / postgis_rate))
print()
print("disagreement frontline − PostGIS, metres, by distance to the line:")
print("%-16s %9s %12s %12s %12s" % ("band", "points", "mean", "max |diff|", "max rel"))
bands = [(0, 1e3), (1e3, 1e4), (1e4, 1e5), (1e5, 1e6), (1e6, 1e9)]
worst_near = 0.0
for low, high in bands:
    diffs = [(ours[i] - theirs[i], theirs[i]) for i in ours if low <= ours[i] < high]
    if not diffs:
        continue
    mean = sum(d for d, _ in diffs) / len(diffs)
    worst = max(abs(d) for d, _ in diffs)
    relative = max(abs(d) / t for d, t in diffs if t > 0) if any(t > 0 for _, t in diffs) else 0
    if high <= 1e4:
        worst_near = max(worst_near, worst)
    name = "%g–%g km" % (low / 1e3, high / 1e3) if high < 1e9 else "≥ %g km" % (low / 1e3)
    print("%-16s %9d %12.4f %12.4f %11.2e" % (name, len(diffs), mean, worst, relative))
print()
near = {i for i in ours if ours[i] < 1e4}
outliers = sorted(i for i in near if abs(ours[i] - theirs[i]) > 0.5)
checked = [i for i in outliers if i in brute]
settled = all(abs(ours[i] - brute[i]) <= 0.01 for i in checked) and len(checked) == len(outliers)
print("within 10 km: %d points, max |frontline − PostGIS| = %.4f m; %d disagree by more than "
      "0.5 m" % (len(near), worst_near, len(outliers)))
for i in checked:
    print("  point %d: frontline %.4f m, PostGIS %.4f m, brute force %.4f m" % (i, ours[i], theirs[i], brute[i]))
if outliers:
    print("  %s" % ("ok: frontline matches the brute force there, PostGIS picked a wrong closest "
                    "point" if settled else "FAIL: frontline differs from the brute force"))
else:
    print("  ok (limit 0.5 m)")
worst_brute = max(abs(ours[i] - brute[i]) for i in brute)
print("max |frontline − brute force 1 m| over %d points (8 beyond 10 km spread over the range, "
      "plus the near points above) = %.6f m (limit 0.01 m): %s"
      % (len(brute), worst_brute, "ok" if worst_brute <= 0.01 else "FAIL"))
PY
