package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** End-to-end runs of the command line over the shipped content and over broken copies of it. */
class CliTest {
    @TempDir
    Path temp;

    Path content;

    @BeforeEach
    void copyContent() throws IOException {
        content = temp.resolve("content");
        TestFolders.copy(TestFolders.SHIPPED_CONTENT, content);
    }

    void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(
                path,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    static void assertNoStackTrace(CliRun run) {
        assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void packagedContentValidatesWithWarningsOnly() {
        CliRun run = CliRun.of("validate", "--today", "2026-12-02");
        assertThat(run.status()).isZero();
        assertThat(run.out()).endsWith("0 errors, 5 warnings\n");
        assertThat(run.out()).contains("content/data/sources.json:8:7: warning [source-is-recent] /sources/0/date: ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void strictModeFailsOnWarnings() {
        assertThat(CliRun.of("validate", "--strict", "--today", "2026-12-02").status())
                .isEqualTo(1);
    }

    @Test
    void copiedContentValidatesClean() {
        CliRun run = CliRun.of(
                "validate", "--content", content.toString(), "--max-source-age", "20", "--today", "2026-12-02");
        assertThat(run.out())
                .isEqualTo("content/sources.json:18:7: warning [source-is-recent] /sources/1/date: source"
                                .replace("content/", content + "/")
                        + " bone-cancer-secondary-treatment states no review date, so its age cannot be checked\n"
                        + content + "/sources.json:48:7: warning [source-is-recent] /sources/4/date: source"
                        + " webmd-treating-bone-metastasis states no review date, so its age cannot be checked\n"
                        + "0 errors, 2 warnings\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void aLaterTodayMakesMoreSourcesTooOld() {
        assertThat(sourceAgeWarnings("--today", "2040-01-01")).isEqualTo(5);
        assertThat(sourceAgeWarnings("--today", "2013-01-01")).isEqualTo(2);
    }

    @Test
    void aSourceIsTooOldFromTheDayAfterItsAgeLimit() {
        String acs = "/sources/0/date: source acs-bone-metastasis-2012 was reviewed on 2012-05-03, more than 5 years";
        assertThat(CliRun.of("validate", "--today", "2017-05-03").out()).doesNotContain(acs);
        assertThat(CliRun.of("validate", "--today", "2017-05-04").out())
                .contains(acs + " before 2017-05-04; look for a newer review");
    }

    @Test
    void anImpossibleTodayIsAUsageError() {
        CliRun run = CliRun.of("validate", "--today", "2024-02-30");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'2024-02-30' is not a date of the form YYYY-MM-DD");
        assertThat(run.out()).isEmpty();
        assertNoStackTrace(run);
    }

    static long sourceAgeWarnings(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "validate";
        System.arraycopy(options, 0, args, 1, options.length);
        return CliRun.of(args)
                .out()
                .lines()
                .filter(line -> line.contains("warning [source-is-recent]"))
                .count();
    }

    @Test
    void changedQuoteFailsWithFileLocationRuleAndClosestPassage() throws IOException {
        edit(
                "treatments/denosumab.json",
                "\"Common side effects include nausea",
                "\"Common side effects include vomiting");
        CliRun run = CliRun.of("validate", "--content", content.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern(
                        "treatments/denosumab\\.json:\\d+:\\d+: error \\[quote-appears-in-source\\] /claims/\\d+/citations/0/quote:"
                                + " quote not found in source acs-bone-metastasis-2012 \\(first difference: \"vomiting");
        assertThat(run.out()).contains("closest match: \"Common side effects include nausea");
        assertNoStackTrace(run);
    }

    @Test
    void duplicateKeyAndUnknownPropertyAreBothReported() throws IOException {
        edit("treatments/denosumab.json", "\"predicate\": ", "\"predicate\": \"is-a\", \"predicate\": ");
        edit("treatments/zoledronate.json", "\"quote\": ", "\"quotes\": ");
        CliRun run = CliRun.of("validate", "--content", content.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("treatments/denosumab.json:")
                .contains("error [json/duplicate-key]")
                .contains("duplicate key \"predicate\"");
        assertThat(run.out())
                .contains("treatments/zoledronate.json:")
                .contains("error [schema/additionalProperties]")
                .contains("unknown property \"quotes\"; allowed: prefix, quote, source, suffix");
        assertThat(run.out()).contains("[validation/rules-skipped]");
        assertNoStackTrace(run);
    }

    @Test
    void truncatedFileReportsEndOfInput() throws IOException {
        Path file = content.resolve("treatments/denosumab.json");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() / 2));
        CliRun run = CliRun.of("validate", "--content", content.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern(
                        "treatments/denosumab\\.json:\\d+:\\d+: error \\[json/syntax\\] /[^ ]+: unexpected end of input");
    }

    @Test
    void unknownSourceAndEditedSnapshotAreCaught() throws IOException {
        edit("treatments/pamidronate.json", "\"source\": \"acs-bone-metastasis-2012\"", "\"source\": \"acs-2099\"");
        Files.writeString(
                content.resolve("snapshots/mayo-bone-metastasis-treatments.txt"),
                "edited\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.of("validate", "--content", content.toString());
        assertThat(run.out())
                .contains("error [claim-cites-known-source]")
                .contains("cites source \"acs-2099\", which is not in sources.json");
        assertThat(run.out()).contains("sources.json:").contains("error [snapshot-matches-hash] /sources/2/sha256:");
    }

    @Test
    void injectedConflictIsCaughtAtTheInjectedClaim() throws IOException {
        edit(
                "treatments/denosumab.json",
                "\"claims\": [",
                "\"claims\": [\n    {\"id\": \"denosumab-contraindicated-in-kidney-problems\","
                        + " \"subject\": \"denosumab\", \"predicate\": \"contraindicated-in\", \"object\": {\"concept\": \"kidney-problems\"},"
                        + " \"citations\": [{\"source\": \"acs-bone-metastasis-2012\", \"quote\": \"People with poor kidney function\"}]},");
        CliRun run = CliRun.of("validate", "--content", content.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("treatments/denosumab\\.json:\\d+:5: error \\[no-conflicting-claims\\] /claims/\\d+:"
                        + " claim denosumab-safe-in-kidney-problems \\(treatments/denosumab\\.json:\\d+\\)"
                        + " conflicts with claim denosumab-contraindicated-in-kidney-problems"
                        + " \\(treatments/denosumab\\.json:\\d+\\): .*\"denosumab safe-in kidney-problems\"");
        assertThat(run.out())
                .contains("    see:      ")
                .contains(": claim denosumab-contraindicated-in-kidney-problems\n");
        assertThat(run.out()).endsWith("1 error, 5 warnings\n");
    }

    @Test
    void jsonSarifAndGithubFormats() {
        assertThat(CliRun.of("validate", "--format", "json").out()).contains("\"summary\": {");
        assertThat(CliRun.of("validate", "--format", "sarif").out()).contains("\"version\": \"2.1.0\"");
        assertThat(CliRun.of("validate", "--format", "github").out())
                .startsWith("::warning file=content/data/sources.json,line=8,col=7,title=source-is-recent::");
    }

    @Test
    void badUsageExitsTwoWithAHint() {
        CliRun run = CliRun.of("validate", "--format", "xml");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("Invalid value for option '--format'")
                .contains("Try 'osteomet validate --help'");
        assertThat(CliRun.of("frobnicate").status()).isEqualTo(2);
        CliRun missing = CliRun.of("validate", "--content", temp.resolve("nope").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("osteomet: error: content folder not found: " + temp.resolve("nope") + "\n");
        assertNoStackTrace(missing);
    }

    @Test
    void helpAndVersion() {
        assertThat(CliRun.of("--help").out())
                .contains("validate")
                .contains("diff")
                .contains("Exit status");
        assertThat(CliRun.of("validate", "--help").out()).contains("--strict").contains("--format");
        assertThat(CliRun.of("--version").out()).startsWith("osteomet ");
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltButUsageAndUnknownCommandsSeeAll() {
        assertThat(Cli.subcommandsFor(new String[] {"validate", "--strict"})).containsExactly(ValidateCommand.class);
        assertThat(Cli.subcommandsFor(new String[] {"--debug", "rules"})).containsExactly(RulesCommand.class);
        assertThat(Cli.subcommandsFor(new String[] {"--help", "validate"})).isEqualTo(Cli.SUBCOMMANDS);
        assertThat(Cli.subcommandsFor(new String[] {"frobnicate"})).isEqualTo(Cli.SUBCOMMANDS);
        assertThat(Cli.subcommandsFor(new String[] {})).isEqualTo(Cli.SUBCOMMANDS);
        assertThat(CliRun.of("--help").out())
                .contains("export")
                .contains("build")
                .contains("site")
                .contains("stats");
        CliRun unknown = CliRun.of("frobnicate");
        assertThat(unknown.err()).contains("frobnicate").contains("Try 'osteomet --help'");
        assertThat(CliRun.of("--debug", "rules").status()).isZero();
    }

    @Test
    void rulesListsEveryRule() {
        CliRun run = CliRun.of("rules");
        assertThat(run.out())
                .contains("quote-appears-in-source")
                .contains("no-conflicting-claims")
                .contains("warning");
    }

    @Test
    void statsCountsTheShippedContent() {
        CliRun run = CliRun.of("stats");
        assertThat(run.out())
                .startsWith("5 sources, ")
                .contains("Claims by predicate:")
                .contains("side-effect");
    }

    @Test
    void diffShowsAddedRemovedAndChangedClaimsBySubject() throws IOException {
        Path old = temp.resolve("old");
        Files.move(content, old);
        copyContent();
        edit("treatments/denosumab.json", "\"hedge\": \"MAY\"", "\"hedge\": \"CAN\"");
        CliRun run = CliRun.of("diff", "--old", old.toString(), "--new", content.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("denosumab\n  ~ ")
                .contains("\n      qualifiers.hedge: \"MAY\" -> \"CAN\"\n")
                .endsWith("0 added, 0 removed, 1 changed\n");
        assertThat(CliRun.of("diff", "--old", old.toString(), "--new", content.toString(), "--format", "markdown")
                        .out())
                .contains("#### `denosumab`")
                .contains("| changed |");
    }

    @Test
    void diffShowsAnEditOfAnAspectOrOfAQuoteAlone() throws IOException {
        Path old = temp.resolve("old");
        Files.move(content, old);
        copyContent();
        edit("treatments/zoledronate.json", "(somewhat better)", "(a little better)");
        edit("treatments/denosumab.json", "feeling weak or tired.\"", "feeling weak or tired\"");

        String out = CliRun.of("diff", "--old", old.toString(), "--new", content.toString())
                .out();

        assertThat(out)
                .contains(
                        "      qualifiers.aspect: \"reducing the risk of fracture (somewhat better)\" -> \"reducing the"
                                + " risk of fracture (a little better)\"\n")
                .containsPattern(
                        "\n      citations/0/quote: \"[^\"]*feeling weak or tired\\.\" -> \"[^\"]*feeling weak or"
                                + " tired\"\n")
                .endsWith("0 added, 0 removed, 2 changed\n");
    }

    @Test
    void diffOfAQuoteWithOneChangedWordShowsThatWordOldAndNew() throws IOException {
        Path old = temp.resolve("old");
        Files.move(content, old);
        copyContent();
        edit("treatments/denosumab.json", "and feeling weak or tired.\"", "and feeling feeble or tired.\"");

        String text = CliRun.of("diff", "--old", old.toString(), "--new", content.toString())
                .out();
        String markdown = CliRun.of(
                        "diff", "--old", old.toString(), "--new", content.toString(), "--format", "markdown")
                .out();
        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("diff", "--old", old.toString(), "--new", content.toString(), "--format", "json")
                        .out());

        assertThat(text)
                .contains("\n        words: … include nausea, diarrhea, and feeling [-weak-]{+feeble+} or tired.\n")
                .endsWith("0 added, 0 removed, 1 changed\n");
        assertThat(markdown)
                .contains("<br>words: … include nausea, diarrhea, and feeling [-weak-]{+feeble+} or tired. |");
        JsonNode difference = json.at("/changes/0/differences/0");
        assertThat(difference.get("part").asString()).endsWith("/quote");
        assertThat(difference.get("before").asString()).endsWith("feeling weak or tired.");
        assertThat(difference.get("after").asString()).endsWith("feeling feeble or tired.");
        assertThat(difference.get("words").asString()).endsWith("and feeling [-weak-]{+feeble+} or tired.");
        assertThat(difference.at("/pieces/1/op").asString()).isEqualTo("delete");
        assertThat(difference.at("/pieces/1/text").asString()).isEqualTo("weak");
        assertThat(difference.at("/pieces/2/op").asString()).isEqualTo("insert");
        assertThat(difference.at("/pieces/2/text").asString()).isEqualTo("feeble");
    }

    @Test
    void contentThatLooksLikeATemplateOrFormatIsReportedLiterally() throws IOException {
        String template = "${1+1} {jakarta.validation.constraints.NotNull.message} %s %n {0} @|bold x|@";
        edit(
                "treatments/denosumab.json",
                "\"Common side effects include nausea",
                "\"Common side effects include " + template + " nausea");

        CliRun text = CliRun.of("validate", "--content", content.toString());
        assertThat(text.out())
                .contains("(first difference: \"${1+1}\" where the source has \"nausea,\")")
                .contains("\n    actual:   Common side effects include " + template + " nausea, diarrhea\n");
        CliRun json = CliRun.of("validate", "--content", content.toString(), "--format", "json");
        assertThat(json.out()).contains("\"actual\": \"Common side effects include " + template + " nausea");
        CliRun github = CliRun.of("validate", "--content", content.toString(), "--format", "github");
        assertThat(github.out()).contains("first difference: \"${1+1}\"");
    }

    @Test
    void invalidUtf8IsAnEncodingErrorWithByteOffset() throws IOException {
        Files.write(
                content.resolve("concepts/devices.json"),
                "{\"concepts\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("validate", "--content", content.toString());
        assertThat(run.out())
                .contains("concepts/devices.json:1:18: error [json/encoding] invalid UTF-8 at byte offset 17");
    }
}
