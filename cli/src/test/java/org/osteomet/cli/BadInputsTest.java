package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every content row of shared/guides/BAD-INPUTS.md, through the command line: exit 1, a located error naming
 * the file and rule, no stack trace, and a build that writes nothing. Rows 22, 23 (CSV cells) are covered by
 * the export tests, 25 and 26 by {@link BuildCommandTest}.
 */
class BadInputsTest {
    static final String FILE = "treatments/zoledronate.json";

    @TempDir
    Path temp;

    Path content;

    @BeforeEach
    void copy() throws IOException {
        content = temp.resolve("content");
        TestFolders.copy(TestFolders.SHIPPED_CONTENT, content);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("1 empty file", raw("   \n")),
                Arguments.of("2 top-level null", raw("null")),
                Arguments.of("2 top-level array", raw("[]")),
                Arguments.of("3 truncated", raw("{\"id\":\"a\",")),
                Arguments.of("4 trailing content", edit("\n}\n", "\n} xyz\n")),
                Arguments.of("5 duplicate key", edit("\"predicate\": ", "\"predicate\": \"is-a\", \"predicate\": ")),
                Arguments.of("6 comment", edit("\"claims\": [", "// note\n\"claims\": [")),
                Arguments.of("6 single quotes", edit("\"claims\":", "'claims':")),
                Arguments.of("6 trailing comma", edit("\"Zometa\"\n", "\"Zometa\",\n")),
                Arguments.of("7 Latin-1 bytes", bytes("{\"caf\u00e9\": 1}".getBytes(StandardCharsets.ISO_8859_1))),
                Arguments.of("8 deep nesting", raw("[".repeat(100_000))),
                Arguments.of("9 huge number", raw("{\"a\": " + "9".repeat(2_000) + "}")),
                Arguments.of("9 huge key", raw("{\"" + "k".repeat(60_000) + "\": 1}")),
                Arguments.of("10 misspelt property", edit("\"quote\":", "\"quotes\":")),
                Arguments.of("11 fraction for an integer", edit("\"concept\": {", "\"concept\": {\"min\": 2.5, ")),
                Arguments.of("12 lower-case enum", edit("\"kind\": \"DRUG\"", "\"kind\": \"drug\"")),
                Arguments.of("13 claim without citations", edit("\"citations\": [", "\"citations\": [], \"x\": [")),
                Arguments.of("14 type hint", edit("\"claims\": [", "\"@class\": \"java.lang.Runtime\", \"claims\": [")),
                Arguments.of("16 impossible date", file("sources.json", "\"2012-05-03\"", "\"2024-02-30\"")),
                Arguments.of(
                        "17 unknown source",
                        edit("\"source\": \"acs-bone-metastasis-2012\"", "\"source\": \"acs-2099\"")),
                Arguments.of(
                        "18 id differing only by case", edit("\"id\": \"zoledronate\"", "\"id\": \"Pamidronate\"")),
                Arguments.of(
                        "19 quote not in source",
                        edit("can be infused more quickly", "can be infused much more quickly")),
                Arguments.of("20 edited snapshot", file("snapshots/acs-bone-metastasis-2012.txt", "Zometa", "Zomexa")),
                Arguments.of("24 id used as a file name", edit("\"id\": \"zoledronate\"", "\"id\": \"../x\"")));
    }

    /** How a row breaks the content copy. */
    interface Breakage {
        String file();

        void apply(Path content) throws IOException;
    }

    static Breakage raw(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static Breakage bytes(byte[] bytes) {
        return new Breakage() {
            public String file() {
                return FILE;
            }

            public void apply(Path content) throws IOException {
                Files.write(content.resolve(FILE), bytes);
            }
        };
    }

    static Breakage edit(String from, String to) {
        return file(FILE, from, to);
    }

    static Breakage file(String file, String from, String to) {
        return new Breakage() {
            public String file() {
                return file;
            }

            public void apply(Path content) throws IOException {
                Path path = content.resolve(file);
                String text = Files.readString(path, StandardCharsets.UTF_8);
                assertThat(text).as(file).contains(from);
                Files.writeString(
                        path,
                        text.replaceFirst(
                                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                        StandardCharsets.UTF_8);
            }
        };
    }

    @ParameterizedTest(name = "row {0}")
    @MethodSource("rows")
    void isReportedWithItsFileAndNothingIsWritten(String row, Breakage breakage) throws IOException {
        breakage.apply(content);
        CliRun validate = CliRun.of("validate", "--content", content.toString());
        assertThat(validate.status()).as(validate.out()).isEqualTo(1);
        String reported = breakage.file().startsWith("snapshots/") ? "sources.json" : breakage.file();
        assertThat(validate.out())
                .containsPattern(java.util.regex.Pattern.quote(content + "/" + reported)
                        + ":\\d+:\\d+: error \\[[a-z/-]+(?:[A-Za-z]+)?\\] ");
        assertThat(validate.out() + validate.err()).doesNotContain("\tat ").doesNotContain("Exception");

        Path out = temp.resolve("dist");
        CliRun build = CliRun.of("build", "--content", content.toString(), "--out", out.toString());
        assertThat(build.status()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }
}
