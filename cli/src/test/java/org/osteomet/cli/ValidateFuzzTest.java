package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever bytes one content file holds, {@code osteomet validate} over the whole content ends with exit 0 or 1,
 * never an internal error, and every finding names its file, line, column, rule and a message.
 *
 * <p>The first input byte picks which file of a copy of the shipped content the remaining bytes replace, so the
 * fuzzer reaches the loader, the schemas, Bean Validation and the rules that look across files. Without
 * {@code JAZZER_FUZZ=1} it replays {@code ValidateFuzzTestInputs/}, the regression corpus of issue 14;
 * {@code bench/fuzz/corpus.py} writes that corpus.
 */
class ValidateFuzzTest {
    /** Files of every kind; the first input byte, modulo 8, selects one. */
    static final List<String> FILES = List.of(
            "sources.json",
            "adjudications.json",
            "concepts/side-effects.json",
            "concepts/conditions.json",
            "treatments/zoledronate.json",
            "treatments/bisphosphonates.json",
            "treatments/cast.json",
            "treatments/denosumab.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path temp;
    private static Path content;

    @BeforeAll
    static void copyContent() throws IOException {
        temp = Files.createTempDirectory("osteomet-fuzz");
        content = temp.resolve("content");
        TestFolders.copy(TestFolders.SHIPPED_CONTENT, content);
    }

    @AfterAll
    static void deleteContent() throws IOException {
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void validatesOrReportsLocatedFindings(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path file = content.resolve(FILES.get(input[0] & 7));
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        byte[] original = Files.readAllBytes(file);
        Files.write(file, bytes);
        try {
            CliRun run = CliRun.of(
                    "validate",
                    "--content",
                    content.toString(),
                    "--today",
                    "2026-12-02",
                    "--format",
                    "json",
                    "--debug");
            // A regular file can always be read, so exit 2 would be as wrong as an internal error (3).
            assertThat(run.status()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
            assertThat(run.err()).isEmpty();
            for (JsonNode finding : JSON.readTree(run.out()).get("findings").values()) {
                assertThat(finding.get("file").asString())
                        .as(finding.toString())
                        .startsWith(content + "/");
                assertThat(finding.get("line").asInt()).as(finding.toString()).isPositive();
                assertThat(finding.get("column").asInt()).as(finding.toString()).isPositive();
                assertThat(finding.get("rule").asString())
                        .as(finding.toString())
                        .isNotBlank();
                assertThat(finding.get("message").asString())
                        .as(finding.toString())
                        .isNotBlank();
            }
            if (run.status() == ExitCodes.OK) {
                assertThat(isUtf8(bytes))
                        .as("accepted bytes that are not UTF-8")
                        .isTrue();
            }
        } finally {
            Files.write(file, original);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
