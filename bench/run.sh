#!/usr/bin/env bash
# Runs every benchmark on generated folders of 10^4, 10^5 and 10^6 claims, prints one table, and rewrites
# BENCHMARKS.md and docs/benchmarks.png. Needs only Java 17 (Maven comes from ./mvnw); about 8 minutes on 2 cores.
# Exit status: 0 every goal met, 3 a goal missed (the table says which), anything else a failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="${OSTEOMET_BENCH_WORK:-$root/bench/target/run}"
jar="$root/bench/target/osteomet-bench.jar"
sizes=(10000 100000 1000000)
conflicts=50

step() { printf '\n== %s\n' "$*" >&2; }

step "building the command line and the bench jar"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true -Dinvoker.skip=true \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl cli,bench -am package

rm -rf "$work"
mkdir -p "$work/corpora" "$work/results"
bench() { java -jar "$jar" "$@"; }

for n in "${sizes[@]}"; do
  step "generating and checking $n claims"
  bench generate --claims "$n" --conflicts "$conflicts" --seed 1 \
    --out "$work/corpora/claims-$n" --manifest "$work/corpora/claims-$n.conflicts"
  bench check --dir "$work/corpora/claims-$n" --manifest "$work/corpora/claims-$n.conflicts" \
    | tee "$work/results/check-$n.txt"
done

# Single-shot runs: more of them where one is short, so that each size gets a few seconds of measurement.
jmh_validation() { # size warmups iterations
  step "JMH: validation of $1 claims"
  bench jmh ValidationBenchmark -p claims="$1" -p corpora="$work/corpora" -wi "$2" -i "$3" -f 1 -gc true \
    -rf json -rff "$work/results/validation-$1.json"
}
jmh_validation 10000 10 15
jmh_validation 100000 4 8
jmh_validation 1000000 1 4

# One export of 10^6 claims writes about 3.8 GB and takes most of a minute, so two single shots, no warm-up.
step "JMH: all exports of 1000000 claims"
bench jmh ExportBenchmark -p claims=1000000 -p corpora="$work/corpora" -wi 0 -i 2 -f 1 -gc true \
  -rf json -rff "$work/results/export.json"

step "processes: start-up and peak memory of bin/osteomet"
bench processes --osteomet "$root/bin/osteomet" --large "$work/corpora/claims-1000000" \
  --out "$work/results/processes.properties"

step "report"
bench report --results "$work/results" --markdown "$root/BENCHMARKS.md" --chart "$root/docs/benchmarks.png" \
  --chart-link docs/benchmarks.png --notes "$root/bench/notes.md"
