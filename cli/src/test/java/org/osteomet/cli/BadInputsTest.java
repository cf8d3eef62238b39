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
 * the export tests, 25 and 26 by {@link BuildCommandTest}. Rows titled {@code text:} are hostile text from the
 * issue "Hostile input: no crash, no hang, no wrong acceptance": hidden characters and duplicates.
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
                row("1 empty file", "json/empty", raw("   \n")),
                row("2 top-level null", "schema/type", raw("null")),
                row("2 top-level array", "schema/type", raw("[]")),
                row("2 top-level string", "schema/type", raw("\"x\"")),
                row("3 truncated", "json/syntax", raw("{\"id\":\"a\",")),
                row("4 trailing content", "json/trailing-content", edit("\n}\n", "\n} xyz\n")),
                row("4 two documents", "json/trailing-content", edit("\n}\n", "\n}\n{}\n")),
                row(
                        "5 duplicate key",
                        "json/duplicate-key",
                        edit("\"predicate\": ", "\"predicate\": \"is-a\", \"predicate\": ")),
                row("6 comment", "json/syntax", edit("\"claims\": [", "// note\n\"claims\": [")),
                row("6 single quotes", "json/syntax", edit("\"claims\":", "'claims':")),
                row("6 trailing comma", "json/syntax", edit("\"Zometa\"\n", "\"Zometa\",\n")),
                row("6 NaN", "json/syntax", schedule("\"min\": 3,", "\"min\": NaN,")),
                row("6 leading zero", "json/syntax", schedule("\"min\": 3,", "\"min\": 003,")),
                row(
                        "7 Latin-1 bytes",
                        "json/encoding",
                        bytes("{\"caf\u00e9\": 1}".getBytes(StandardCharsets.ISO_8859_1))),
                row("8 deep nesting", "json/depth", raw("[".repeat(100_000))),
                row("9 huge number", "json/limit", raw("{\"a\": " + "9".repeat(2_000) + "}")),
                row("9 huge key", "json/limit", raw("{\"" + "k".repeat(60_000) + "\": 1}")),
                row("10 misspelt property", "schema/additionalProperties", edit("\"quote\":", "\"quotes\":")),
                row("11 null for an integer", "schema/type", schedule("\"min\": 3,", "\"min\": null,")),
                row("11 fraction for an integer", "schema/type", schedule("\"min\": 3,", "\"min\": 2.5,")),
                row("11 string for an integer", "schema/type", schedule("\"min\": 3,", "\"min\": \"3\",")),
                row("11 number for an enum", "schema/enum", edit("\"kind\": \"DRUG\"", "\"kind\": 1")),
                row("12 lower-case enum", "schema/enum", edit("\"kind\": \"DRUG\"", "\"kind\": \"drug\"")),
                row("13 claim without citations", "schema/required", edit(FIRST_CITATIONS, "}")),
                row(
                        "14 type hint",
                        "schema/additionalProperties",
                        edit("\"claims\": [", "\"@class\": \"java.lang.Runtime\", \"claims\": [")),
                row("16 impossible date", "schema/format", file("sources.json", "\"2012-05-03\"", "\"2024-02-30\"")),
                row(
                        "17 unknown source",
                        "claim-cites-known-source",
                        edit("\"source\": \"acs-bone-metastasis-2012\"", "\"source\": \"acs-2099\"")),
                row(
                        "18 the same id in two files",
                        "ids-are-unique",
                        edit("\"id\": \"zoledronate-brand-name-zometa\"", "\"id\": \"pamidronate-brand-name-aredia\""),
                        "id \"pamidronate-brand-name-aredia\" is already used by a claim in treatments/pamidronate.json"),
                row(
                        "18 id with a capital",
                        "schema/pattern",
                        edit("\"id\": \"zoledronate\"", "\"id\": \"Zoledronate\"")),
                row(
                        "19 quote not in source",
                        "quote-appears-in-source",
                        edit("can be infused more quickly", "can be infused much more quickly")),
                row(
                        "20 edited snapshot",
                        "snapshot-matches-hash",
                        file("snapshots/acs-bone-metastasis-2012.txt", "Zometa", "Zomexa")),
                row("24 id used as a file name", "schema/pattern", edit("\"id\": \"zoledronate\"", "\"id\": \"../x\"")),
                row(
                        "text: NUL in a name",
                        "text-is-clean",
                        edit(NAME, "\"name\": \"zoledr\\u0000onate\""),
                        "/concept/name: text contains U+0000, a control character, at character 7"),
                row(
                        "text: lone surrogate in a name",
                        "text-is-clean",
                        edit(NAME, "\"name\": \"zoledronate\\uD800\""),
                        "/concept/name: text contains U+D800, a lone surrogate"),
                row(
                        "text: right-to-left override in a synonym",
                        "text-is-clean",
                        edit(SYNONYM, "\"zoledronic\u202E acid\""),
                        "/concept/synonyms/0: text contains U+202E, a bidi control"),
                row(
                        "text: zero-width space in a brand name",
                        "text-is-clean",
                        edit("\"Zometa\"\n", "\"Zo\u200Bmeta\"\n"),
                        "/concept/brandNames/0: text contains U+200B, an invisible format character"),
                row(
                        "text: duplicate citation",
                        "no-duplicate-citations",
                        edit(
                                "\"citations\": [",
                                "\"citations\": [{\"source\": \"acs-bone-metastasis-2012\", "
                                        + "\"quote\": \"zoledronate (zoledronic acid or Zometa\u00ae)\"},"),
                        "/claims/0/citations/1: citation repeats /claims/0/citations/0"),
                row(
                        "text: synonyms equal after NFC",
                        "no-duplicate-names",
                        edit(SYNONYM, SYNONYM + ", \"zol\u00e9dronate\", \"zole\u0301dronate\""),
                        "/concept/synonyms/2: \"zole\u0301dronate\" is the same name as /concept/synonyms/1"));
    }

    static final String NAME = "\"name\": \"zoledronate\"";

    static final String SYNONYM = "\"zoledronic acid\"";

    static final String FIRST_CITATIONS = """
            },
                  "citations": [
                    {
                      "source": "acs-bone-metastasis-2012",
                      "quote": "zoledronate (zoledronic acid or Zometa®)"
                    }
                  ]""";

    static Arguments row(String title, String rule, Breakage breakage) {
        return row(title, rule, breakage, "");
    }

    static Arguments row(String title, String rule, Breakage breakage, String message) {
        return Arguments.of(title, rule, breakage, message);
    }

    static Breakage schedule(String from, String to) {
        return file("treatments/bisphosphonates.json", from, to);
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

    @ParameterizedTest(name = "row {0}: {1}")
    @MethodSource("rows")
    void isReportedWithItsFileAndRuleAndNothingIsWritten(String row, String rule, Breakage breakage, String message)
            throws IOException {
        breakage.apply(content);
        CliRun validate = CliRun.of("validate", "--content", content.toString());
        assertThat(validate.status()).as(validate.out()).isEqualTo(1);
        String reported = breakage.file().startsWith("snapshots/") ? "sources.json" : breakage.file();
        assertThat(validate.out())
                .containsPattern(java.util.regex.Pattern.quote(content + "/" + reported) + ":\\d+:\\d+: error \\["
                        + java.util.regex.Pattern.quote(rule) + "\\] ")
                .contains(message);
        assertThat(validate.out() + validate.err()).doesNotContain("\tat ").doesNotContain("Exception");

        Path out = temp.resolve("dist");
        CliRun build = CliRun.of("build", "--content", content.toString(), "--out", out.toString());
        assertThat(build.status()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }
}
