#!/usr/bin/env bash
# Validates the FHIR bundles of the shipped content with HL7's own validator CLI, offline, at its default
# settings, given osteomet's own conformance resources: fails on any error or warning not in
# .ci/hl7-validator-accepted.json (each with its reason; an entry that matches nothing fails too) and lists
# the information messages (docs/fhir.md says why each stays).
#
# Needs Maven Central (the CLI and the R5 packages) and the npm registry (hl7.fhir.xver-extensions, which
# no Maven artifact carries); skips with a message where npm is missing or the registry cannot be reached.
# Run after `./mvnw verify` (it uses cli/target/osteomet.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/hl7-validator
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "hl7-validator: skipped: npm and node are needed to fetch hl7.fhir.xver-extensions" >&2
  exit 0
fi
if ! npm view hl7.fhir.xver-extensions@0.1.0 version >/dev/null 2>&1; then
  echo "hl7-validator: skipped: the npm registry cannot be reached" >&2
  exit 0
fi
rm -rf "$work" && mkdir -p "$work/home/.fhir/packages" "$work/ig"
./mvnw -B -q -f .ci/hl7-validator/pom.xml dependency:copy-dependencies -DoutputDirectory="$PWD/$work/lib"
packages="$work/home/.fhir/packages"
unzip -q -o "$work"/lib/hapi-fhir-validation-resources-r5-8.8.1.jar 'org/hl7/fhir/r5/packages/*' -d "$work/jar"
for tgz in hl7.fhir.r5.core-5.0.0 hl7.terminology-5.1.0 hl7.fhir.uv.extensions.r5-1.0.0; do
  id="${tgz%-*}"; version="${tgz##*-}"
  mkdir -p "$packages/$id#$version"
  tar -xzf "$work/jar/org/hl7/fhir/r5/packages/$tgz.tgz" -C "$packages/$id#$version"
done
# The CLI asks for hl7.fhir.uv.extensions#1.0.0, which is the R5 build of the same package.
cp -r "$packages/hl7.fhir.uv.extensions.r5#1.0.0" "$packages/hl7.fhir.uv.extensions#1.0.0"
(cd "$work" && npm pack --silent hl7.fhir.xver-extensions@0.1.0 >/dev/null)
mkdir -p "$packages/hl7.fhir.xver-extensions#0.1.0"
tar -xzf "$work/hl7.fhir.xver-extensions-0.1.0.tgz" -C "$packages/hl7.fhir.xver-extensions#0.1.0"

java -jar cli/target/osteomet.jar build --out "$work/out" >/dev/null
bundle="$work/out/fhir/bundle.json"
extensions="$work/out/fhir/extensions.json"
# The bundles' own conformance and definitional resources, given to the validator as an IG would give them.
node -e '
  const fs = require("fs");
  for (const file of process.argv.slice(1, 3)) {
    for (const e of JSON.parse(fs.readFileSync(file, "utf8")).entry) {
      const r = e.resource;
      if (["CodeSystem", "ValueSet", "StructureDefinition", "ActivityDefinition", "PlanDefinition"]
          .includes(r.resourceType)) {
        fs.writeFileSync(process.argv[3] + "/" + r.resourceType + "-" + r.id + ".json", JSON.stringify(r));
      }
    }
  }' "$bundle" "$extensions" "$work/ig"
igs=()
for f in "$work"/ig/*.json; do igs+=(-ig "$f"); done
# -tx n/a: no terminology server is reachable; osteomet uses no code system that would need one.
java -Xmx1500m -Duser.home="$PWD/$work/home" -cp "$work/lib/*" org.hl7.fhir.validation.ValidatorCli \
  "$bundle" "$extensions" -version 5.0 -tx n/a "${igs[@]}" -output "$work/outcome.json" > "$work/validator.log" 2>&1 || true
node -e '
  const fs = require("fs");
  const outcome = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const accepted = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  // One OperationOutcome per input file, in a Bundle when there are several.
  const outcomes = outcome.resourceType === "Bundle" ? outcome.entry.map(e => e.resource) : [outcome];
  const issues = outcomes.flatMap(o => o.issue || []);
  const where = i => ((i.expression || [])[0] || "");
  const text = i => i.severity + " " + where(i) + " " + i.details.text;
  const matches = (a, i) => a.severity === i.severity && where(i).endsWith(a.expressionEndsWith)
      && i.details.text.startsWith(a.messageStartsWith);
  const serious = issues.filter(i => ["fatal", "error", "warning"].includes(i.severity));
  const bad = serious.filter(i => !accepted.some(a => matches(a, i)));
  const stale = accepted.filter(a => !serious.some(i => matches(a, i)));
  const info = issues.filter(i => i.severity === "information");
  console.log("hl7-validator: " + bad.length + " errors and warnings, " + (serious.length - bad.length)
      + " accepted (.ci/hl7-validator-accepted.json), " + info.length + " information messages");
  info.forEach(i => console.log("  " + text(i)));
  serious.filter(i => !bad.includes(i)).forEach(i => console.log("  accepted: " + text(i)));
  bad.forEach(i => console.error("  " + text(i)));
  stale.forEach(a => console.error("  stale accepted entry, matches nothing: " + a.messageStartsWith));
  process.exit(bad.length === 0 && stale.length === 0 ? 0 : 1);' "$work/outcome.json" .ci/hl7-validator-accepted.json
