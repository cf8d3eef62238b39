package org.osteomet.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class RuleCatalogueTest {
    static final Path DOCS = Path.of("../docs/rules");
    /** Pages of the finding ids that are not rules (schema/*, json/*, ...); ReportFormatTest checks them. */
    static final List<String> FAMILY_PAGES = List.of("io", "json", "record", "schema", "validation");

    @Test
    void registryIsSortedAndIdsMatchClassNames() {
        List<Rule> rules = Rules.all();
        assertThat(rules).extracting(Rule::id).isSorted().doesNotHaveDuplicates();
        for (Rule rule : rules) {
            assertThat(rule.id()).isEqualTo(Rule.kebab(rule.getClass().getSimpleName()));
            assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
        }
    }

    @Test
    void everyRuleHasASummaryWithoutTrailingPeriod() {
        for (Rule rule : Rules.all()) {
            assertThat(rule.summary()).as(rule.id()).isNotBlank().doesNotEndWith(".");
        }
    }

    @Test
    void everyRuleHasADocPageNamingIt() throws IOException {
        for (Rule rule : Rules.all()) {
            Path page = DOCS.resolve(rule.id() + ".md");
            assertThat(page).as(rule.id()).exists();
            assertThat(Files.readString(page))
                    .as(rule.id())
                    .contains(rule.id())
                    .contains(rule.severity().label());
        }
    }

    @Test
    void everyRuleHasFixturesBothWays() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (Rule rule : Rules.all()) {
            Path file = RuleFixturesTest.FIXTURES.resolve(rule.id() + ".json");
            assertThat(file).as(rule.id()).exists();
            JsonNode fixture = mapper.readTree(file.toFile());
            assertThat(fixture.get("rule").stringValue()).isEqualTo(rule.id());
            boolean positive = false;
            boolean negative = false;
            for (JsonNode testCase : fixture.get("cases")) {
                positive |= !testCase.get("findings").isEmpty();
                negative |= testCase.get("findings").isEmpty();
            }
            assertThat(positive).as(rule.id() + " has a case with findings").isTrue();
            assertThat(negative).as(rule.id() + " has a case without findings").isTrue();
        }
    }

    @Test
    void noDocPageOrFixtureWithoutARule() throws IOException {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        try (var pages = Files.list(DOCS)) {
            assertThat(pages.map(p -> p.getFileName().toString().replace(".md", ""))
                            .toList())
                    .allMatch(name -> ids.contains(name) || FAMILY_PAGES.contains(name));
        }
        assertThat(RuleFixturesTest.fixtureFiles())
                .extracting(p -> p.getFileName().toString().replace(".json", ""))
                .allMatch(ids::contains);
    }
}
