package org.osteomet.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.RelatedLocation;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.rules.Rule;
import org.osteomet.validation.rules.Rules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The SARIF report carries what GitHub code scanning needs: tool, a full descriptor per finding, fingerprints. */
class SarifTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void driverNamesItsVersionAndHome() {
        JsonNode driver = sarif(ReportFormatTest.REPORT).at("/runs/0/tool/driver");

        assertThat(driver.get("version").asString()).isEqualTo(Sarif.VERSION).matches("\\d+\\.\\d+\\.\\d+(-[A-Z]+)?");
        assertThat(driver.get("semanticVersion").asString()).isEqualTo(Sarif.VERSION);
        assertThat(driver.get("informationUri").asString()).isEqualTo("https://github.com/osteomet/osteomet");
    }

    @Test
    void everyDescriptorHasDescriptionsHelpAndALevel() {
        JsonNode rules = sarif(ReportFormatTest.REPORT).at("/runs/0/tool/driver/rules");

        assertThat(rules.size()).isEqualTo(RuleCatalog.all().size());
        String ref = Sarif.VERSION.endsWith("-SNAPSHOT") ? "main" : "v" + Sarif.VERSION;
        for (JsonNode rule : rules) {
            String id = rule.get("id").asString();
            assertThat(rule.at("/name").asString()).as(id).matches("[A-Z][A-Za-z]*");
            assertThat(rule.at("/shortDescription/text").asString())
                    .as(id)
                    .isNotBlank()
                    .doesNotEndWith(".");
            assertThat(rule.at("/fullDescription/text").asString()).as(id).endsWith(".");
            assertThat(rule.at("/help/markdown").asString()).as(id).contains(id);
            assertThat(rule.at("/defaultConfiguration/level").asString()).as(id).isIn("error", "warning", "note");
            assertThat(rule.at("/helpUri").asString())
                    .as(id)
                    .startsWith("https://github.com/osteomet/osteomet/blob/" + ref + "/docs/rules/");
        }
    }

    @Test
    void ruleDescriptorsComeFromTheirPages() {
        JsonNode rules = sarif(ReportFormatTest.REPORT).at("/runs/0/tool/driver/rules");

        JsonNode quote = find(rules, "quote-appears-in-source");
        assertThat(quote.at("/shortDescription/text").asString())
                .isEqualTo(Rules.all().stream()
                        .filter(r -> r.id().equals("quote-appears-in-source"))
                        .findFirst()
                        .orElseThrow()
                        .summary());
        assertThat(quote.at("/fullDescription/text").asString())
                .isEqualTo("Every citation's `quote` must appear in the snapshot of the source it names"
                        + " (`content/data/snapshots/<source-id>.txt`).");
        assertThat(quote.at("/helpUri").asString()).endsWith("/docs/rules/quote-appears-in-source.md");

        JsonNode required = find(rules, "schema/required");
        assertThat(required.at("/name").asString()).isEqualTo("SchemaRequired");
        assertThat(required.at("/shortDescription/text").asString())
                .isEqualTo("An object has every property the schema requires");
        assertThat(required.at("/helpUri").asString()).endsWith("/docs/rules/schema.md#schemarequired");
        assertThat(find(rules, "validation/rules-skipped")
                        .at("/defaultConfiguration/level")
                        .asString())
                .isEqualTo("note");
        assertThat(find(rules, "json/syntax").at("/defaultConfiguration/level").asString())
                .isEqualTo("error");
    }

    @Test
    void everyResultPointsAtItsDescriptorEvenForAnUndocumentedId() {
        ValidationReport report = new ValidationReport(List.of(
                finding("schema/required", "sources.json", 2, "/sources/0"),
                finding("schema/dependentRequired", "sources.json", 3, "/sources/1"),
                finding("record/not-blank", "sources.json", 4, "/sources/2/title")));
        JsonNode run = sarif(report).at("/runs/0");

        for (JsonNode result : run.get("results")) {
            JsonNode rule =
                    run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asString()).isEqualTo(result.get("ruleId").asString());
        }
        JsonNode undocumented = find(run.at("/tool/driver/rules"), "schema/dependentRequired");
        assertThat(undocumented.at("/fullDescription/text").asString()).startsWith("A content file conforms");
        assertThat(undocumented.at("/helpUri").asString()).endsWith("/docs/rules/schema.md");
    }

    @Test
    void conflictsCarryTheOtherClaimAsARelatedLocation() {
        JsonNode result = sarif(ReportFormatTest.REPORT).at("/runs/0/results/1");

        assertThat(result.get("ruleId").asString()).isEqualTo("no-conflicting-claims");
        assertThat(result.at("/relatedLocations/0/id").asInt()).isEqualTo(1);
        assertThat(result.at("/relatedLocations/0/physicalLocation/artifactLocation/uri")
                        .asString())
                .isEqualTo("content/data/treatments/b.json");
    }

    @Test
    void fingerprintsIgnoreLinesAndMessagesButNotRulesFilesOrPointers() {
        String at42 = fingerprint(finding("quote-appears-in-source", "treatments/a.json", 42, "/claims/3"));
        String at50 = fingerprint(new Finding(
                "quote-appears-in-source",
                Severity.ERROR,
                "treatments/a.json",
                50,
                9,
                "/claims/3",
                "another message",
                null,
                null));

        assertThat(at50).isEqualTo(at42).matches("[0-9a-f]{32}:1");
        assertThat(fingerprint(finding("quote-appears-in-source", "treatments/a.json", 42, "/claims/4")))
                .isNotEqualTo(at42);
        assertThat(fingerprint(finding("quote-appears-in-source", "treatments/b.json", 42, "/claims/3")))
                .isNotEqualTo(at42);
        assertThat(fingerprint(finding("quote-is-verbatim", "treatments/a.json", 42, "/claims/3")))
                .isNotEqualTo(at42);
    }

    @Test
    void twoFindingsOfOneRuleAtOnePointerHaveDifferentFingerprints() {
        ValidationReport report = new ValidationReport(List.of(
                finding("text-is-clean", "treatments/a.json", 3, "/claims/0/text"),
                new Finding(
                        "text-is-clean",
                        Severity.ERROR,
                        "treatments/a.json",
                        3,
                        9,
                        "/claims/0/text",
                        "second",
                        null,
                        null,
                        List.<RelatedLocation>of())));
        JsonNode results = sarif(report).at("/runs/0/results");

        assertThat(results.at("/0/partialFingerprints/" + Sarif.FINGERPRINT.replace("/", "~1"))
                        .asString())
                .isNotEqualTo(results.at("/1/partialFingerprints/" + Sarif.FINGERPRINT.replace("/", "~1"))
                        .asString());
    }

    @Test
    void absolutePathsBecomeFileUrisAndRelativeOnesAreEscaped() {
        ValidationReport report = new ValidationReport(List.of(finding("json/syntax", "a b.json", 1, "")));

        assertThat(sarif(report, "/tmp/copy/")
                        .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asString())
                .isEqualTo("file:///tmp/copy/a%20b.json");
        assertThat(sarif(report, "content/data/")
                        .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asString())
                .isEqualTo("content/data/a%20b.json");
    }

    @Test
    void everySchemaAssertionKeywordIsDocumented() throws IOException {
        Set<String> documented = new TreeSet<>();
        RuleCatalog.all().forEach(d -> documented.add(d.id()));
        Set<String> keywords = new TreeSet<>();
        for (String file : List.of(
                "org/osteomet/validation/schema/sources.schema.json",
                "org/osteomet/validation/schema/concepts.schema.json",
                "org/osteomet/validation/schema/treatment.schema.json",
                "org/osteomet/validation/schema/adjudications.schema.json",
                "org/osteomet/core/schema/definitions.schema.json")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                collectKeywords(MAPPER.readTree(in), keywords);
            }
        }
        keywords.removeAll(
                Set.of("$defs", "$id", "$ref", "$schema", "description", "title", "properties", "items", "$comment"));

        assertThat(keywords).isNotEmpty();
        for (String keyword : keywords) {
            assertThat(documented).contains("schema/" + keyword);
        }
    }

    @Test
    void familyPagesAreTheCataloguesFamiliesAndDocumentTheirIdsUnderHeadings() throws IOException {
        Path docs = Path.of("../docs/rules");
        List<String> pages = new ArrayList<>();
        List<String> ruleIds = Rules.all().stream().map(Rule::id).toList();
        try (var list = Files.list(docs)) {
            list.map(p -> p.getFileName().toString().replace(".md", ""))
                    .filter(name -> !ruleIds.contains(name))
                    .sorted()
                    .forEach(pages::add);
        }

        assertThat(pages).isEqualTo(RuleCatalog.FAMILIES);
        for (RuleDescriptor descriptor : RuleCatalog.all()) {
            if (!descriptor.anchor().isEmpty()) {
                assertThat(descriptor.id()).startsWith(descriptor.docPage().replaceAll(".*/|\\.md", "") + "/");
                assertThat(Files.readString(Path.of("..").resolve(descriptor.docPage())))
                        .contains("## `" + descriptor.id() + "`");
            }
        }
    }

    @Test
    void sameReportGivesTheSameBytes() {
        assertThat(ReportFormat.SARIF.render(ReportFormatTest.REPORT, ""))
                .isEqualTo(ReportFormat.SARIF.render(ReportFormatTest.REPORT, ""));
    }

    private static void collectKeywords(JsonNode node, Set<String> keywords) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode value = node.get(name);
                if (name.equals("properties") || name.equals("$defs")) {
                    for (JsonNode child : value) {
                        collectKeywords(child, keywords);
                    }
                } else {
                    keywords.add(name);
                    collectKeywords(value, keywords);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collectKeywords(child, keywords);
            }
        }
    }

    private static Finding finding(String rule, String file, int line, String pointer) {
        return new Finding(rule, Severity.ERROR, file, line, 5, pointer, "message", null, null);
    }

    private static String fingerprint(Finding finding) {
        return sarif(new ValidationReport(List.of(finding)))
                .at("/runs/0/results/0/partialFingerprints")
                .get(Sarif.FINGERPRINT)
                .asString();
    }

    private static JsonNode find(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.get("id").asString().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no descriptor " + id);
    }

    private static JsonNode sarif(ValidationReport report) {
        return sarif(report, "content/data/");
    }

    private static JsonNode sarif(ValidationReport report, String prefix) {
        return MAPPER.readTree(ReportFormat.SARIF.render(report, prefix));
    }
}
