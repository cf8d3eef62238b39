package org.osteomet.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.content.Location;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.rules.ValidationOptions;

/** Each mutation of a copy of the real content is caught with the right file, line, column, pointer and rule. */
class ContentMutationTest {
    static final Path SHIPPED = Path.of("../content/data");
    static ContentValidator validator;

    @TempDir
    Path temp;

    FixtureContent content;

    @BeforeAll
    static void createValidator() {
        validator = new ContentValidator(new ValidationOptions(Period.ofYears(50), LocalDate.of(2026, 11, 23)));
    }

    @AfterAll
    static void closeValidator() {
        validator.close();
    }

    @BeforeEach
    void copy() {
        content = FixtureContent.copyOf(SHIPPED, temp);
    }

    /** Returns the 1-based line and column where {@code needle} starts in the file. */
    Location where(String file, String needle) {
        String text = content.read(file);
        int offset = text.indexOf(needle);
        assertThat(offset).as(needle).isNotNegative();
        int line = 1
                + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Location(line, offset - text.lastIndexOf('\n', offset - 1));
    }

    void replace(String file, String from, String to) {
        String text = content.read(file);
        assertThat(text).contains(from);
        content.writeText(
                file,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    List<Finding> errors() {
        return validator.validate(content.root()).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    }

    static void assertAt(Finding finding, String rule, String file, Location at) {
        assertThat(finding.ruleId()).isEqualTo(rule);
        assertThat(finding.file()).isEqualTo(file);
        assertThat(new Location(finding.line(), finding.column())).isEqualTo(at);
    }

    @Test
    void unmodifiedCopyHasNoErrors() {
        assertThat(errors()).isEmpty();
    }

    @Test
    void changedQuote() {
        replace(
                "concepts/side-effects.json",
                "\"quote\": \"Tamoxifen use increases the risk of blood clots",
                "\"quote\": \"Tamoxifen use increases the risk of blood cloths");
        Location at =
                where("concepts/side-effects.json", "\"quote\": \"Tamoxifen use increases the risk of blood cloths");
        assertThat(errors()).singleElement().satisfies(f -> {
            assertAt(f, "quote-appears-in-source", "concepts/side-effects.json", at);
            assertThat(f.pointer()).matches("/claims/\\d+/citations/\\d+/quote");
            assertThat(f.expected()).contains("blood clots");
        });
    }

    @Test
    void unknownSource() {
        replace(
                "treatments/morphine.json",
                "\"source\": \"mayo-bone-metastasis-treatments\"",
                "\"source\": \"mayo-2099\"");
        Location at = where("treatments/morphine.json", "\"source\": \"mayo-2099\"");
        assertThat(errors()).singleElement().satisfies(f -> {
            assertAt(f, "claim-cites-known-source", "treatments/morphine.json", at);
            assertThat(f.message()).contains("\"mayo-2099\"").containsPattern("claim morphine-[a-z-]+ cites");
        });
    }

    @Test
    void truncatedFile() {
        String text = content.read("treatments/cryoablation.json");
        content.writeText("treatments/cryoablation.json", text.substring(0, text.indexOf("\"citations\"")));
        List<Finding> errors = errors();
        assertThat(errors).extracting(Finding::ruleId).contains("json/syntax");
        assertThat(errors)
                .filteredOn(f -> f.ruleId().equals("json/syntax"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.file()).isEqualTo("treatments/cryoablation.json");
                    assertThat(f.message()).contains("unexpected end of input");
                    assertThat(f.line()).isEqualTo((int)
                            content.read("treatments/cryoablation.json").lines().count());
                });
    }

    @Test
    void duplicateKey() {
        replace("concepts/devices.json", "\"kind\": \"DEVICE\",", "\"kind\": \"DEVICE\",\n      \"kind\": \"DRUG\",");
        Location at = where("concepts/devices.json", "\"kind\": \"DRUG\"");
        assertThat(errors())
                .filteredOn(f -> f.ruleId().equals("json/duplicate-key"))
                .singleElement()
                .satisfies(f -> {
                    assertAt(f, "json/duplicate-key", "concepts/devices.json", at);
                    assertThat(f.pointer()).isEqualTo("/concepts/0/kind");
                });
    }

    @Test
    void unknownProperty() {
        replace("treatments/ibuprofen.json", "\"quote\":", "\"quotes\":");
        Location at = where("treatments/ibuprofen.json", "\"quotes\":");
        assertThat(errors())
                .filteredOn(f -> f.ruleId().equals("schema/additionalProperties"))
                .first()
                .satisfies(f -> {
                    assertAt(f, "schema/additionalProperties", "treatments/ibuprofen.json", at);
                    assertThat(f.message())
                            .isEqualTo("unknown property \"quotes\"; allowed: prefix, quote, source, suffix");
                });
    }

    @Test
    void fileThatFailsItsSchemaIsNotBoundAndOnlyTheSchemaSpeaks() {
        replace("treatments/ibuprofen.json", "\"quote\":", "\"quotes\":");
        List<Finding> findings = validator.validate(content.root()).findings();
        assertThat(findings)
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::ruleId)
                .containsOnly("schema/additionalProperties", "schema/required");
        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals(ContentValidator.SKIPPED_RULE))
                .singleElement()
                .satisfies(f -> assertThat(f.file()).isEqualTo("treatments/ibuprofen.json"));
    }

    @Test
    void editedSnapshot() {
        content.writeText(
                "snapshots/webmd-treating-bone-metastasis.txt",
                content.read("snapshots/webmd-treating-bone-metastasis.txt").replace("Loose teeth", "Loose tooth"));
        Location at = where("sources.json", "\"sha256\": \"2114b95c");
        assertThat(errors())
                .filteredOn(f -> f.ruleId().equals("snapshot-matches-hash"))
                .singleElement()
                .satisfies(f -> {
                    assertAt(f, "snapshot-matches-hash", "sources.json", at);
                    assertThat(f.pointer()).isEqualTo("/sources/4/sha256");
                });
    }

    @Test
    void injectedConflictingClaim() {
        replace(
                "treatments/denosumab.json",
                "\"claims\": [",
                "\"claims\": [\n    {\"id\": \"denosumab-schedule-every-two-weeks\","
                        + " \"subject\": \"denosumab\", \"predicate\": \"schedule\", \"object\": {\"range\": {\"min\": 2, \"max\": 2,"
                        + " \"unit\": \"WEEK\"}}, \"citations\": [{\"source\": \"acs-bone-metastasis-2012\", \"quote\": \"every 4 weeks\"}]},");
        List<Finding> errors = errors();
        assertThat(errors).extracting(Finding::ruleId).containsOnly("no-conflicting-claims");
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("treatments/denosumab.json");
            assertThat(f.message())
                    .contains("denosumab-schedule-every-two-weeks")
                    .contains("does not overlap");
        });
    }

    @Test
    void routeContradictionIsReportedOnceItsAdjudicationIsRemoved() {
        removeAdjudications("radiopharmaceuticals-route");
        assertThat(content.read("adjudications.json")).doesNotContain("radiopharmaceuticals-route-intravenous");
        String file = "treatments/radiopharmaceuticals.json";
        Location intravenous = where(file, "{\n      \"id\": \"radiopharmaceuticals-route-intravenous\"");
        Location intraosseous = where(file, "{\n      \"id\": \"radiopharmaceuticals-route-intraosseous\"");

        assertThat(errors()).singleElement().satisfies(f -> {
            assertAt(f, "no-conflicting-claims", file, intravenous);
            assertThat(f.message())
                    .startsWith("claim radiopharmaceuticals-route-intravenous (" + file + ":" + intravenous.line()
                            + ") conflicts with claim radiopharmaceuticals-route-intraosseous (" + file + ":"
                            + intraosseous.line() + "): ")
                    .contains("route INTRAOSSEOUS and route INTRAVENOUS exclude each other");
            assertThat(f.related()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo(file);
                assertThat(new Location(r.line(), r.column())).isEqualTo(intraosseous);
                assertThat(r.pointer()).matches("/claims/\\d+");
                assertThat(r.message()).isEqualTo("claim radiopharmaceuticals-route-intraosseous");
            });
        });
    }

    /** Removes the adjudications whose ids start with the prefix. */
    void removeAdjudications(String prefix) {
        String text = content.read("adjudications.json");
        java.util.regex.Matcher ids =
                java.util.regex.Pattern.compile("\"id\": \"([a-z0-9-]+)\"").matcher(text);
        List<String> all = new java.util.ArrayList<>();
        while (ids.find()) {
            all.add(ids.group(1));
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).startsWith(prefix)) {
                content.patch("adjudications.json", "remove", "/adjudications/" + i, null);
            }
        }
    }

    /** Removes the claim with the given id from the file. */
    void removeClaim(String file, String id) {
        String text = content.read(file);
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\n    \\{\n      \"id\": \"([a-z0-9-]+)\"")
                .matcher(text);
        int index = 0;
        while (ids.find()) {
            if (ids.group(1).equals(id)) {
                content.patch(file, "remove", "/claims/" + index, null);
                return;
            }
            index++;
        }
        throw new AssertionError("no claim " + id + " in " + file);
    }

    @Test
    void anIntervalOfTwoWeeksConflictsWithEveryThreeToFourWeeksNamingBothClaims() {
        String file = "treatments/bisphosphonates.json";
        replace(
                file,
                "\"min\": 4,\n          \"max\": 4,\n          \"unit\": \"WEEK\"",
                "\"min\": 2,\n          \"max\": 2,\n          \"unit\": \"WEEK\"");
        Location webmd = where(file, "{\n      \"id\": \"bisphosphonates-schedule-every-four-weeks\"");
        Location acs = where(file, "{\n      \"id\": \"bisphosphonates-schedule-every-3-to-4-weeks\"");

        assertThat(errors()).singleElement().satisfies(f -> {
            assertAt(f, "no-conflicting-claims", file, webmd);
            assertThat(f.message())
                    .startsWith("claim bisphosphonates-schedule-every-four-weeks (" + file + ":" + webmd.line()
                            + ") conflicts with claim bisphosphonates-schedule-every-3-to-4-weeks (" + file + ":"
                            + acs.line() + "): ");
            assertThat(f.related())
                    .singleElement()
                    .satisfies(r -> assertThat(r.line()).isEqualTo(acs.line()));
        });
    }

    @Test
    void withoutTheMarrowClaimAndItsAdjudicationTheLowBloodCountsStillContradictNoHarmToNormalCells() {
        removeAdjudications("radiopharmaceuticals-normal-cell-harm");
        removeClaim("treatments/radiopharmaceuticals.json", "radiopharmaceuticals-side-effect-bone-marrow-damage");

        assertThat(errors()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("no-conflicting-claims");
            assertThat(f.message())
                    .contains("radiopharmaceuticals-side-effect-normal-cell-damage")
                    .contains("radiopharmaceuticals-side-effect-low-blood-cell-counts");
        });
    }
}
