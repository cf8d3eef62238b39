package org.osteomet.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.RecordCheck;
import tools.jackson.databind.JsonNode;

/**
 * Runs every Bean Validation fixture in {@code src/test/resources/records/record-<constraint>.json}, in the
 * shape of the rule fixtures, against the rule fixtures' base content.
 */
class RecordFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/records");

    @TempDir
    static Path temp;

    @BeforeAll
    static void createValidator() {
        RuleFixturesTest.temp = temp;
        RuleFixturesTest.validator = new ContentValidator(RuleFixturesTest.OPTIONS);
    }

    @AfterAll
    static void closeValidator() {
        RuleFixturesTest.validator.close();
    }

    @Test
    void everyRecordFindingHasFixturesBothWays() throws IOException {
        List<String> covered = new ArrayList<>();
        for (Path file : fixtures()) {
            JsonNode fixture = RuleFixturesTest.MAPPER.readTree(file.toFile());
            String rule = fixture.get("rule").stringValue();
            assertThat(file.getFileName().toString()).isEqualTo(rule.replace('/', '-') + ".json");
            List<JsonNode> cases = new ArrayList<>();
            fixture.get("cases").forEach(cases::add);
            assertThat(cases)
                    .as(rule + " has a passing case")
                    .anyMatch(c -> c.get("findings").isEmpty());
            assertThat(cases)
                    .as(rule + " has a failing case")
                    .anyMatch(c -> !c.get("findings").isEmpty());
            covered.add(rule);
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(RecordCheck.ruleIds());
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : fixtures()) {
            JsonNode fixture = RuleFixturesTest.MAPPER.readTree(file.toFile());
            String rule = fixture.get("rule").stringValue();
            for (JsonNode testCase : fixture.get("cases")) {
                tests.add(DynamicTest.dynamicTest(
                        rule + ": " + testCase.get("description").stringValue(),
                        () -> RuleFixturesTest.run(rule, testCase)));
            }
        }
        return tests.stream();
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
