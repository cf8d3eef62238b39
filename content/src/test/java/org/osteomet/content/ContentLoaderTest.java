package org.osteomet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.content.internal.ContentReader;

/** Loading a folder: every problem is reported with file, location, pointer and rule, and nothing half-loads. */
class ContentLoaderTest {
    @TempDir
    Path folder;

    void write(String file, String json) throws IOException {
        Path path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json, StandardCharsets.UTF_8);
    }

    String treatment(String claims) {
        return "{\n\"concept\": {\"id\": \"drug-a\", \"kind\": \"DRUG\", \"name\": \"drug A\", \"brandNames\": [], \"synonyms\": []},\n"
                + "\"claims\": [\n" + claims + "\n]\n}\n";
    }

    String claim(String extra) {
        return "{\"id\": \"c\", \"subject\": \"drug-a\", \"predicate\": \"route\", \"object\": {\"route\": \"ORAL\"},"
                + " \"citations\": [{\"source\": \"s\", \"quote\": \"q\"}]" + extra + "}";
    }

    List<ContentProblem> problems() {
        return catchThrowableOfType(ContentException.class, () -> ContentLoader.load(folder))
                .problems();
    }

    @Test
    void loadsTheSmallestValidFolder() throws IOException {
        write("treatments/drug-a.json", treatment(claim("")));
        assertThat(ContentLoader.load(folder).claims()).hasSize(1);
    }

    @Test
    void readsAFolderNamedThroughASymbolicLink(@TempDir Path elsewhere) throws IOException {
        write("treatments/drug-a.json", treatment(claim("")));
        Path link = Files.createSymbolicLink(elsewhere.resolve("linked"), folder);
        assertThat(ContentLoader.load(link).claims()).hasSize(1);
    }

    @Test
    void locatesProblemsInFilesWithTypographicCharacters() throws IOException {
        write("treatments/drug-a.json", treatment(claim("").replace("\"q\"", "\"it’s\", \"x\": 1")));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("json/unknown-property");
            assertThat(p.pointer()).isEqualTo("/claims/0/citations/0/x");
            assertThat(p.location()).isEqualTo(new Location(4, 132));
        });
    }

    @Test
    void misspeltPropertyNamesTheAllowedOnes() throws IOException {
        write("treatments/drug-a.json", treatment(claim("").replace("\"quote\"", "\"quotes\"")));
        assertThat(problems()).hasSize(2).first().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("json/unknown-property");
            assertThat(p.file()).isEqualTo("treatments/drug-a.json");
            assertThat(p.pointer()).isEqualTo("/claims/0/citations/0/quotes");
            assertThat(p.location()).isEqualTo(new Location(4, 115));
            assertThat(p.message()).isEqualTo("unknown property \"quotes\"; allowed: prefix, quote, source, suffix");
        });
        assertThat(problems().get(1).message()).isEqualTo("missing required property \"quote\"");
    }

    @Test
    void lowerCaseEnumValueSuggestsTheRightOne() throws IOException {
        write("treatments/drug-a.json", treatment(claim("").replace("\"ORAL\"", "\"oral\"")));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("json/enum");
            assertThat(p.pointer()).isEqualTo("/claims/0/object/route");
            assertThat(p.message()).contains("(did you mean ORAL?)").contains("INTRAVENOUS, SUBCUTANEOUS, ORAL");
        });
    }

    @Test
    void coercionsAreRefusedNotRounded() throws IOException {
        String range = "{\"id\": \"%s\", \"subject\": \"drug-a\", \"predicate\": \"schedule\", \"object\": {\"range\": "
                + "{\"min\": %s, \"unit\": \"WEEK\"}}, \"citations\": [{\"source\": \"s\", \"quote\": \"q\"}]}";
        write(
                "treatments/drug-a.json",
                treatment(String.join(
                                ",\n",
                                range.formatted("a", "2.5"),
                                range.formatted("b", "null"),
                                range.formatted("c", "\"5\""))
                        + ",\n" + claim(", \"qualifiers\": {\"hedge\": 1}").replace("\"c\"", "\"d\"")));
        assertThat(problems())
                .extracting(ContentProblem::pointer, ContentProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/claims/0/object/range/min", "json/type"),
                        org.assertj.core.groups.Tuple.tuple("/claims/1/object/range/min", "json/type"),
                        org.assertj.core.groups.Tuple.tuple("/claims/2/object/range/min", "json/type"),
                        org.assertj.core.groups.Tuple.tuple("/claims/3/qualifiers/hedge", "json/type"));
    }

    @Test
    void polymorphicTypeHintIsJustAnUnknownProperty() throws IOException {
        write("treatments/drug-a.json", treatment(claim(", \"@class\": \"java.lang.Runtime\"")));
        assertThat(problems()).singleElement().extracting(ContentProblem::rule).isEqualTo("json/unknown-property");
    }

    @Test
    void claimWithoutCitationsIsReportedAtItsPointer() throws IOException {
        write("treatments/drug-a.json", treatment(claim("").replace("[{\"source\": \"s\", \"quote\": \"q\"}]", "[]")));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("json/required");
            assertThat(p.pointer()).isEqualTo("/claims/0/citations");
        });
    }

    @Test
    void impossibleDateIsRefused() throws IOException {
        write(
                "sources.json",
                "{\"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\", \"dateAsStated\": \"x\","
                        + " \"date\": \"2024-02-30\", \"experts\": [], \"snapshot\": \"snapshots/s.txt\", \"sha256\": \""
                        + "0".repeat(64) + "\"}]}");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/sources/0/date");
            assertThat(p.message()).isEqualTo("\"2024-02-30\" is not a calendar date in the form yyyy-mm-dd");
        });
    }

    @Test
    void everyBrokenFileIsReportedNotJustTheFirst() throws IOException {
        write("treatments/drug-a.json", "{\"concept\": ");
        write("treatments/drug-b.json", "");
        write("adjudications.json", "[]");
        assertThat(problems())
                .extracting(ContentProblem::file, ContentProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("adjudications.json", "json/type"),
                        org.assertj.core.groups.Tuple.tuple("treatments/drug-a.json", "json/syntax"),
                        org.assertj.core.groups.Tuple.tuple("treatments/drug-b.json", "json/empty"));
    }

    @Test
    void missingFolderIsAProblemNotACrash() {
        List<ContentProblem> problems = catchThrowableOfType(
                        ContentException.class, () -> ContentLoader.load(folder.resolve("nope")))
                .problems();
        assertThat(problems).singleElement().extracting(ContentProblem::rule).isEqualTo("io/unreadable");
    }

    @Test
    void filesOutsideTheLayoutAreListedNotLoaded() throws IOException {
        write("notes.txt", "hello");
        write("treatments/Bad Name.json", "{}");
        assertThat(ContentReader.read(folder).unexpectedFiles())
                .containsExactly("notes.txt", "treatments/Bad Name.json");
    }
}
