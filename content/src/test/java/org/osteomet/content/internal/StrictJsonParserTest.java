package org.osteomet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteomet.content.ContentProblem;
import org.osteomet.content.Location;

/** The rows of BAD-INPUTS.md that the parser itself must refuse, each with rule and location. */
class StrictJsonParserTest {
    static ContentProblem problemOf(String json) {
        return problemOf(json.getBytes(StandardCharsets.UTF_8));
    }

    static ContentProblem problemOf(byte[] bytes) {
        JsonReadException e =
                catchThrowableOfType(JsonReadException.class, () -> StrictJsonParser.parse("f.json", bytes));
        assertThat(e).as("expected a parse failure").isNotNull();
        return e.problem();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "'   \n\t '"})
    void emptyDocumentIsRefused(String json) {
        ContentProblem problem = problemOf(json);
        assertThat(problem.rule()).isEqualTo("json/empty");
        assertThat(problem.message()).startsWith("empty document");
    }

    @Test
    void truncatedDocumentNamesLineAndColumn() {
        ContentProblem problem = problemOf("{\"id\":\"a\",");
        assertThat(problem.rule()).isEqualTo("json/syntax");
        assertThat(problem.message()).contains("unexpected end of input");
        assertThat(problem.location()).isEqualTo(new Location(1, 11));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"'{\"a\":1} xyz'|1|9", "'{\"a\":1}\n{\"b\":2}'|2|1"})
    void trailingContentIsRefused(String json, int line, int column) {
        ContentProblem problem = problemOf(json);
        assertThat(problem.rule()).isEqualTo("json/trailing-content");
        assertThat(problem.location()).isEqualTo(new Location(line, column));
    }

    @Test
    void duplicateKeyIsRefusedAtTheSecondKey() {
        ContentProblem problem =
                problemOf("{\n  \"schedule\": \"every 4 weeks\",\n  \"schedule\": \"every 2 weeks\"\n}");
        assertThat(problem.rule()).isEqualTo("json/duplicate-key");
        assertThat(problem.pointer()).isEqualTo("/schedule");
        assertThat(problem.location()).isEqualTo(new Location(3, 3));
        assertThat(problem.message()).contains("\"schedule\"");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'{\"a\": {\"x\": 1},\n \"a\": {\"y\": 2}}'|/a",
                "'{\"a\": [1],\n \"a\": []}'|/a",
                "'{\"b\": 1, \"c\": [{\"a\": 1,\n \"a\": 2}]}'|/c/0/a"
            })
    void duplicateKeyWithAnyValueIsLocatedAtTheSecondKey(String json, String pointer) {
        ContentProblem problem = problemOf(json);
        assertThat(problem.rule()).isEqualTo("json/duplicate-key");
        assertThat(problem.pointer()).isEqualTo(pointer);
        assertThat(problem.location()).isEqualTo(new Location(2, 2));
        assertThat(problem.message()).startsWith("duplicate key \"a\"");
    }

    @Test
    void hugeAndLongFractionsKeepTheirExactValue() throws JsonReadException {
        JsonDocument document =
                StrictJsonParser.parse("f.json", "{\"a\": 1e400, \"b\": 0.10}".getBytes(StandardCharsets.UTF_8));
        assertThat(document.root().get("a").decimalValue()).isEqualByComparingTo("1e400");
        assertThat(document.root().get("b").decimalValue()).isEqualTo(new java.math.BigDecimal("0.10"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"'{\"a\": 1 // note\n}'", "'{''a'': 1}'", "'{\"a\": [1,],}'", "'{\"a\": NaN}'", "'{\"a\": 007}'"})
    void nonStandardJsonIsASyntaxError(String json) {
        assertThat(problemOf(json).rule()).isEqualTo("json/syntax");
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() {
        byte[] latin1 = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ContentProblem problem = problemOf(latin1);
        assertThat(problem.rule()).isEqualTo("json/encoding");
        assertThat(problem.message()).contains("byte offset 13").contains("0xE9");
        assertThat(problem.location()).isEqualTo(new Location(1, 14));
    }

    @Test
    void deepNestingIsALimitNotAStackOverflow() {
        ContentProblem problem = problemOf("[".repeat(100_000));
        assertThat(problem.rule()).isEqualTo("json/depth");
        assertThat(problem.location().column()).isGreaterThan(StrictJsonParser.MAX_DEPTH);
    }

    @Test
    void hugeStringKeyAndNumberAreLimits() {
        assertThat(problemOf("{\"a\": \"" + "x".repeat(StrictJsonParser.MAX_STRING_LENGTH + 1) + "\"}")
                        .rule())
                .isEqualTo("json/limit");
        assertThat(problemOf("{\"" + "k".repeat(60_000) + "\": 1}").rule()).isEqualTo("json/limit");
        assertThat(problemOf("{\"a\": " + "9".repeat(2_000) + "}").rule()).isEqualTo("json/limit");
        ContentProblem exponent = problemOf("{\"a\": [1E9999999999]}");
        assertThat(exponent.rule()).isEqualTo("json/limit");
        assertThat(exponent.pointer()).isEqualTo("/a/0");
        assertThat(exponent.location()).isEqualTo(new Location(1, 8));
    }

    @Test
    void recordsTheLocationOfEveryValue() throws JsonReadException {
        JsonDocument document = StrictJsonParser.parse(
                "f.json",
                "{\n  \"claims\": [\n    {\"id\": \"x\", \"a/b\": 2.5}\n  ]\n}".getBytes(StandardCharsets.UTF_8));
        assertThat(document.locate("/claims/0")).isEqualTo(new Location(3, 5));
        assertThat(document.locate("/claims/0/id")).isEqualTo(new Location(3, 6));
        assertThat(document.locate("/claims/0/a~1b")).isEqualTo(new Location(3, 17));
        assertThat(document.locate("/claims/0/missing")).isEqualTo(new Location(3, 5));
        assertThat(document.root().at("/claims/0/a~1b").decimalValue()).isEqualByComparingTo("2.5");
    }
}
