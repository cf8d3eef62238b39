#!/usr/bin/env bash
# Runs every benchmark on generated folders of 10^4, 10^5 and 10^6 claims, prints one table with each goal of
# issue 18 beside its reference and ratio, and rewrites BENCHMARKS.md and docs/benchmarks.png. Needs Java 17 (Maven
# comes from ./mvnw); npm for the ajv-cli row (pinned in bench/ajv/package-lock.json; skipped, with a message,
# without npm). About 15 minutes on 2 cores; each step's duration is printed at the end.
# Exit status: 0 every goal met, 3 a goal missed (the table says which), anything else a failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="${OSTEOMET_BENCH_WORK:-$root/bench/target/run}"
jar="$root/bench/target/osteomet-bench.jar"
sizes=(10000 100000 1000000)
conflicts=50

timings=()
last_step=""
last_start=$SECONDS
step() {
  if [[ -n "$last_step" ]]; then timings+=("$((SECONDS - last_start)) s  $last_step"); fi
  last_step="$*"
  last_start=$SECONDS
  printf '\n== %s\n' "$*" >&2
}

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
  # build writes nothing while there are errors, and injected conflicts are errors: it gets folders without them.
  step "generating $n claims without conflicts, for build"
  bench generate --claims "$n" --conflicts 0 --seed 1 \
    --out "$work/corpora/clean-$n" --manifest "$work/corpora/clean-$n.conflicts"
done

step "installing ajv-cli from bench/ajv/package-lock.json"
ajv_args=()
if command -v npm >/dev/null 2>&1; then
  (cd "$root/bench/ajv" && npm ci --no-audit --no-fund --loglevel=error >&2)
  ajv_args=(--ajv "$root/bench/ajv/node_modules/.bin/ajv")
else
  echo "npm not found: the ajv-cli row is skipped" >&2
  ajv_args=(--ajv-skipped "npm not found on this machine")
fi

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
bench jmh 'ExportBenchmark\.exportAll$' -p claims=1000000 -p corpora="$work/corpora" \
  -p bytes="$work/results/export-bytes.properties" -wi 0 -i 2 -f 1 -gc true -rf json -rff "$work/results/export.json"
# The reference takes about a second, so it gets warm-up iterations; jacksonWrite (data binding) is left out.
step "JMH: Jackson streaming of 1000000 claims"
bench jmh 'ExportBenchmark\.jacksonStreaming$' -p claims=1000000 -p corpora="$work/corpora" \
  -p bytes="$work/results/export-bytes.properties" -wi 3 -i 5 -f 1 -gc true -rf json \
  -rff "$work/results/export-streaming.json"

step "processes: start-up, validate against ajv-cli, build, and peak memory of bin/osteomet"
schemas="$root/validation/src/main/resources/org/osteomet/validation/schema"
bench processes --osteomet "$root/bin/osteomet" --medium "$work/corpora/claims-100000" \
  --large "$work/corpora/claims-1000000" \
  --build "$work/corpora/clean-10000,$work/corpora/clean-100000,$work/corpora/clean-1000000" \
  --schemas "$schemas" --definitions "$root/core/src/main/resources/org/osteomet/core/schema/definitions.schema.json" \
  "${ajv_args[@]}" --out "$work/results/processes.properties"

step "report"
status=0
bench report --results "$work/results" --markdown "$root/BENCHMARKS.md" --chart "$root/docs/benchmarks.png" \
  --chart-link docs/benchmarks.png --notes "$root/bench/notes.md" || status=$?
step "done"
printf '\nstep durations:\n' >&2
printf '  %s\n' "${timings[@]}" >&2
exit "$status"
