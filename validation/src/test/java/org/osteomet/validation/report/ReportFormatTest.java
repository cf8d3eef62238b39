package org.osteomet.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.RelatedLocation;
import org.osteomet.validation.finding.Severity;
import org.osteomet.validation.finding.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ReportFormatTest {
    static final ValidationReport REPORT = new ValidationReport(List.of(
            new Finding(
                    "quote-appears-in-source",
                    Severity.ERROR,
                    "treatments/denosumab.json",
                    42,
                    7,
                    "/claims/3/citations/0/quote",
                    "quote not found in source acs-bone-metastasis-2012",
                    "a",
                    "b"),
            new Finding(
                    "source-is-recent",
                    Severity.WARNING,
                    "sources.json",
                    8,
                    7,
                    "/sources/0/date",
                    "source acs was reviewed on 2012-05-03, 50% older, a:b",
                    null,
                    null),
            new Finding(
                    "no-conflicting-claims",
                    Severity.ERROR,
                    "treatments/a.json",
                    3,
                    5,
                    "/claims/0",
                    "claim a-every-2-weeks conflicts with claim b-every-3-to-4-weeks",
                    null,
                    null,
                    List.of(new RelatedLocation(
                            "treatments/b.json", 30, 5, "/claims/4", "claim b-every-3-to-4-weeks")))));

    @Test
    void textIsOneLinePerFindingThenASummary() {
        assertThat(ReportFormat.TEXT.render(REPORT, "content/data/")).isEqualTo("""
                content/data/sources.json:8:7: warning [source-is-recent] /sources/0/date: source acs was reviewed on 2012-05-03, 50% older, a:b
                content/data/treatments/a.json:3:5: error [no-conflicting-claims] /claims/0: claim a-every-2-weeks conflicts with claim b-every-3-to-4-weeks
                    see:      content/data/treatments/b.json:30:5: claim b-every-3-to-4-weeks
                content/data/treatments/denosumab.json:42:7: error [quote-appears-in-source] /claims/3/citations/0/quote: quote not found in source acs-bone-metastasis-2012
                    expected: a
                    actual:   b
                2 errors, 1 warning
                """);
    }

    @Test
    void jsonCarriesFindingsAndSummary() {
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(REPORT, ""));
        assertThat(json.at("/summary/errors").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/warnings").asInt()).isEqualTo(1);
        assertThat(json.at("/findings/2/rule").asString()).isEqualTo("quote-appears-in-source");
        assertThat(json.at("/findings/2/line").asInt()).isEqualTo(42);
        assertThat(json.at("/findings/2/pointer").asString()).isEqualTo("/claims/3/citations/0/quote");
        assertThat(json.at("/findings/1/related/0/file").asString()).isEqualTo("treatments/b.json");
        assertThat(json.at("/findings/1/related/0/line").asInt()).isEqualTo(30);
        assertThat(json.at("/findings/2/related").isMissingNode()).isTrue();
    }

    @Test
    void githubAnnotationsEscapeTheirProperties() {
        assertThat(ReportFormat.GITHUB.render(REPORT, "content/data/").lines().toList())
                .containsExactly(
                        "::warning file=content/data/sources.json,line=8,col=7,title=source-is-recent::/sources/0/date: source acs"
                                + " was reviewed on 2012-05-03, 50%25 older, a:b",
                        "::error file=content/data/treatments/a.json,line=3,col=5,title=no-conflicting-claims::/claims/0: claim"
                                + " a-every-2-weeks conflicts with claim b-every-3-to-4-weeks",
                        "::error file=content/data/treatments/denosumab.json,line=42,col=7,title=quote-appears-in-source::"
                                + "/claims/3/citations/0/quote: quote not found in source acs-bone-metastasis-2012",
                        "2 errors, 1 warning");
    }

    @Test
    void githubAnnotationsEscapeColonsCommasAndLineBreaksInProperties() {
        ValidationReport report = new ValidationReport(List.of(new Finding(
                "rule",
                Severity.ERROR,
                "treatments/a:b,c%d\ne.json",
                1,
                2,
                "/x",
                "line one\nline two: 100%, done",
                null,
                null)));

        assertThat(ReportFormat.GITHUB
                        .render(report, "C:/content,data/")
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .isEqualTo(
                        "::error file=C%3A/content%2Cdata/treatments/a%3Ab%2Cc%25d%0Ae.json,line=1,col=2,title=rule::"
                                + "/x: line one%0Aline two: 100%25, done");
    }

    @Test
    void sarifPassesTheOfficialSarif210Schema() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }
        JsonNode sarif = new ObjectMapper().readTree(ReportFormat.SARIF.render(REPORT, "content/data/"));
        assertThat(schema.validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/results/2/locations/0/physicalLocation/region/startLine")
                        .asInt())
                .isEqualTo(42);
        assertThat(sarif.at("/runs/0/results/2/level").asString()).isEqualTo("error");
        JsonNode related = sarif.at("/runs/0/results/1/relatedLocations/0");
        assertThat(related.at("/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("content/data/treatments/b.json");
        assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(30);
        assertThat(related.at("/message/text").asString()).isEqualTo("/claims/4: claim b-every-3-to-4-weeks");
        assertThat(sarif.at("/runs/0/results/2/relatedLocations").isMissingNode())
                .isTrue();
        assertThat(sarif.at("/runs/0/tool/driver/rules").size()).isGreaterThan(10);
    }
}
