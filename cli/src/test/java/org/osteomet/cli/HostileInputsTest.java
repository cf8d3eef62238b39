package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile content through the command line: no crash, no hang and no wrong acceptance. A file that cannot be
 * read exits 2, bad content exits 1; either way the problem is located, no stack trace is shown and a build
 * writes nothing.
 */
class HostileInputsTest {
    static final String CAST = "treatments/cast.json";
    static final String SCHEDULE = "treatments/bisphosphonates.json";
    static final String ZOLEDRONATE = "treatments/zoledronate.json";

    @TempDir
    Path temp;

    Path content;

    @BeforeEach
    void copy() throws IOException {
        content = temp.resolve("content");
        TestFolders.copy(TestFolders.SHIPPED_CONTENT, content);
    }

    @Test
    void refusesAPipeWithoutOpeningIt() throws Exception {
        Path fifo = content.resolve(CAST);
        Files.delete(fifo);
        assumeTrue(mkfifo(fifo), "mkfifo is not available");

        assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> assertReported(2, CAST, "io/unreadable", "not a regular file"));
    }

    @Test
    void refusesALinkToADevice() throws Exception {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "no /dev/zero");
        Path link = content.resolve(CAST);
        Files.delete(link);
        try {
            Files.createSymbolicLink(link, device);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported: " + e);
        }

        assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> assertReported(2, CAST, "io/unreadable", "symbolic links"));
    }

    @Test
    void reportsAFolderNamedLikeAContentFile() throws IOException {
        Files.delete(content.resolve(CAST));
        Files.createDirectory(content.resolve(CAST));

        assertReported(2, CAST, "io/unreadable", "a folder is named like a content file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-16"})
    void refusesUtf16(String charset) throws IOException {
        Path file = content.resolve(ZOLEDRONATE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.write(file, text.getBytes(java.nio.charset.Charset.forName(charset)));

        assertReported(1, ZOLEDRONATE, "json/encoding", "looks like UTF-16; save the file as UTF-8");
    }

    @ParameterizedTest(name = "max {0}")
    @ValueSource(strings = {"1e19", "1e308", "1e400", "-1e19", "9223372036854775808"})
    void refusesAnIntegerBeyondTheRangeOfLong(String number) throws IOException {
        replace(SCHEDULE, "\"max\": 4,", "\"max\": " + number + ",");

        assertReported(1, SCHEDULE, "json/value", "is out of range");
    }

    @ParameterizedTest(name = "concept {0}")
    @ValueSource(strings = {"Nausea", "nau\u200Bsea"})
    void refusesAConceptThatIsNotKebabCase(String concept) throws IOException {
        replace(ZOLEDRONATE, "\"concept\": \"pamidronate\"", "\"concept\": \"" + concept + "\"");

        assertReported(1, ZOLEDRONATE, "schema/pattern", "");
    }

    // Ten million columns on one line: a quadratic column computation would not finish.
    @Test
    void locatesAFindingAtTheEndOfAVeryLongLine() throws IOException {
        Files.writeString(content.resolve(ZOLEDRONATE), " ".repeat(10_000_000) + "{\"x\": 1}", StandardCharsets.UTF_8);

        assertReported(1, ZOLEDRONATE, "schema/", "");
        CliRun validate = CliRun.of("validate", "--content", content.toString());
        assertThat(validate.out()).contains(ZOLEDRONATE + ":1:10000001: error [schema/");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\u001B", "\u0085", "\\u009B", "\u007F", "\\u007F"})
    void refusesControlCharactersInAName(String control) throws IOException {
        replace(ZOLEDRONATE, "\"name\": \"zoledronate\"", "\"name\": \"zoledr" + control + "onate\"");

        assertReported(1, ZOLEDRONATE, "text-is-clean", "a control character");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202A", "202E", "2066", "2067", "2068", "2069"})
    void refusesBidiControlsInAName(String code) throws IOException {
        replace(ZOLEDRONATE, "\"name\": \"zoledronate\"", "\"name\": \"zoledr\\u" + code + "onate\"");

        assertReported(1, ZOLEDRONATE, "text-is-clean", "U+" + code + ", a bidi control");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200C", "200D", "2060", "FEFF"})
    void refusesZeroWidthCharactersInABrandName(String code) throws IOException {
        replace(ZOLEDRONATE, "\"Zometa\"\n", "\"Zo" + (char) Integer.parseInt(code, 16) + "meta\"\n");

        assertReported(1, ZOLEDRONATE, "text-is-clean", "U+" + code + ", an invisible format character");
    }

    @Test
    void refusesSurrogatesInTheWrongOrder() throws IOException {
        replace(ZOLEDRONATE, "\"name\": \"zoledronate\"", "\"name\": \"zoledronate\\uDC00\\uD800\"");

        assertReported(1, ZOLEDRONATE, "text-is-clean", "a lone surrogate");
    }

    // The case: 100,000 values on one line took 23 s to report a single finding.
    @Test
    void locatesAFindingAfterAHundredThousandValuesOnOneLine() throws IOException {
        Files.writeString(
                content.resolve(CAST),
                "{\"values\": [" + "1,".repeat(99_999) + "1], \"x\": 1}",
                StandardCharsets.UTF_8);

        assertReported(1, CAST, "schema/", "");
    }

    @Test
    void reportsEveryCopyOfACitationCitedEightyThousandTimes() throws IOException {
        String citation = "{\"source\": \"acs-bone-metastasis-2012\", "
                + "\"quote\": \"zoledronate (zoledronic acid or Zometa\u00ae)\"}";
        Path file = content.resolve(ZOLEDRONATE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int first = text.indexOf("\"citations\": [") + "\"citations\": [".length();
        Files.writeString(
                file,
                text.substring(0, first) + (citation + ",").repeat(80_000) + text.substring(first),
                StandardCharsets.UTF_8);

        assertReported(1, ZOLEDRONATE, "no-duplicate-citations", "citation repeats /claims/0/citations/0");
    }

    @ParameterizedTest(name = "cut at {0} of every 8 bytes")
    @ValueSource(ints = {0, 1, 3, 4, 7})
    void refusesATruncatedFile(int eighths) throws IOException {
        Path file = content.resolve(ZOLEDRONATE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length * eighths / 8 - 2)));

        assertReported(1, ZOLEDRONATE, "json/", "");
    }

    @Test
    void refusesAFlippedByteInAQuote() throws IOException {
        replace(ZOLEDRONATE, "can be infused more quickly", "can be infused mXre quickly");

        assertReported(1, ZOLEDRONATE, "quote-appears-in-source", "");
    }

    @Test
    void refusesAFlippedByteThatBreaksUtf8() throws IOException {
        Path file = content.resolve(ZOLEDRONATE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] = (byte) 0xFF;
        Files.write(file, bytes);

        assertReported(1, ZOLEDRONATE, "json/encoding", "");
    }

    private void assertReported(int status, String file, String rule, String message) {
        CliRun validate = CliRun.of("validate", "--content", content.toString());
        assertThat(validate.status()).as(validate.out() + validate.err()).isEqualTo(status);
        assertThat(validate.out())
                .containsPattern(Pattern.quote(content + "/" + file) + ":\\d+:\\d+: error \\[" + Pattern.quote(rule))
                .contains(message);
        assertThat(validate.out() + validate.err()).doesNotContain("\tat ").doesNotContain("Exception");
        if (status == 2) {
            assertThat(validate.err().lines()).singleElement().asString().startsWith("osteomet: cannot read 1 content");
        }

        Path out = temp.resolve("dist");
        CliRun build = CliRun.of("build", "--content", content.toString(), "--out", out.toString());
        assertThat(build.status()).as(build.err()).isEqualTo(status);
        assertThat(build.out() + build.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
