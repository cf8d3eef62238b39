package org.osteomet.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
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
import org.osteomet.validation.FixtureContent;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs every rule fixture in {@code src/test/resources/rules/<rule-id>.json} against a copy of the base
 * content in {@code rules/base/}.
 *
 * <p>A fixture file is {@code {"rule": id, "cases": [{description, input, findings}]}}; {@code input} lists
 * edits ({@code set} files, {@code patch} values by pointer, {@code delete} files) and {@code findings} the
 * expected findings of that rule as {@code {file, pointer}} with an optional {@code message} fragment and an
 * optional {@code related} list of the other places it names, each {@code {file, pointer}}. An empty
 * {@code findings} list is a negative case.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");
    static final ValidationOptions OPTIONS = new ValidationOptions(Period.ofYears(5), LocalDate.of(2026, 11, 23));
    static final ObjectMapper MAPPER = new ObjectMapper();
    static ContentValidator validator;

    @TempDir
    static Path temp;

    @BeforeAll
    static void createValidator() {
        validator = new ContentValidator(OPTIONS);
    }

    @AfterAll
    static void closeValidator() {
        validator.close();
    }

    @Test
    void baseContentHasNoFindings() {
        assertThat(validator.validate(FIXTURES.resolve("base")).findings()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : fixtureFiles()) {
            JsonNode fixture = MAPPER.readTree(file.toFile());
            String rule = fixture.get("rule").stringValue();
            for (JsonNode testCase : fixture.get("cases")) {
                tests.add(DynamicTest.dynamicTest(
                        rule + ": " + testCase.get("description").stringValue(), () -> run(rule, testCase)));
            }
        }
        return tests.stream();
    }

    static List<Path> fixtureFiles() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static ValidationReport apply(JsonNode input) {
        FixtureContent content = FixtureContent.copyOf(FIXTURES.resolve("base"), temp);
        JsonNode set = input.path("set");
        for (String file : set.propertyNames()) {
            content.write(file, set.get(file));
        }
        for (JsonNode patch : input.path("patch")) {
            content.patch(
                    patch.get("file").stringValue(),
                    patch.path("op").asString("replace"),
                    patch.get("pointer").stringValue(),
                    patch.get("value"));
        }
        for (JsonNode file : input.path("delete")) {
            content.delete(file.stringValue());
        }
        return validator.validate(content.root());
    }

    static void run(String rule, JsonNode testCase) {
        List<Finding> actual = apply(testCase.get("input")).findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .toList();
        List<String> expected = new ArrayList<>();
        for (JsonNode finding : testCase.get("findings")) {
            expected.add(finding.get("file").stringValue() + "#"
                    + finding.get("pointer").stringValue());
        }
        assertThat(actual).extracting(f -> f.file() + "#" + f.pointer()).containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode finding : testCase.get("findings")) {
            List<Finding> at = actual.stream()
                    .filter(f -> (f.file() + "#" + f.pointer())
                            .equals(finding.get("file").stringValue() + "#"
                                    + finding.get("pointer").stringValue()))
                    .toList();
            if (finding.has("message")) {
                assertThat(at)
                        .extracting(Finding::message)
                        .anySatisfy(m ->
                                assertThat(m).contains(finding.get("message").stringValue()));
            }
            if (finding.has("related")) {
                List<String> related = new ArrayList<>();
                for (JsonNode place : finding.get("related")) {
                    related.add(place.get("file").stringValue() + "#"
                            + place.get("pointer").stringValue());
                }
                assertThat(at)
                        .anySatisfy(f -> assertThat(f.related())
                                .extracting(r -> r.file() + "#" + r.pointer())
                                .containsExactlyElementsOf(related));
            }
        }
    }
}
