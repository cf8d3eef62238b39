package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build and export: every file written, byte-identical runs, and nothing written or changed on bad input. */
class BuildCommandTest {
    @TempDir
    Path temp;

    static Map<String, String> tree(Path output) throws IOException {
        // The output is a link to its build folder; walking starts from the folder it points to.
        Path folder = output.toRealPath();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        folder.relativize(file).toString(),
                        java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    @Test
    void buildWritesEveryFormatAndTheManifest() throws IOException {
        Path out = temp.resolve("dist");
        CliRun run = CliRun.of("build", "--out", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("wrote ").contains(" files (");
        assertThat(tree(out))
                .containsKeys(
                        "manifest.json",
                        "json/osteomet.json",
                        "ndjson/claims.ndjson",
                        "csv/claims.csv",
                        "csv/citations.csv",
                        "fhir/bundle.json",
                        "fhir/ndjson/MedicationKnowledge.ndjson",
                        "site/index.html",
                        "site/treatments/denosumab.html",
                        "site/sources/acs-bone-metastasis-2012.html");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"sha256\"");
    }

    @Test
    void siteWritesTheReviewSiteAloneWithSourceAgeWarnings() throws IOException {
        Path out = temp.resolve("site");
        CliRun run = CliRun.of("site", "--out", out.toString(), "--today", "2026-12-02");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(tree(out)).containsKeys("index.html", "disputes.html", "site.css", "treatments/denosumab.html");
        assertThat(tree(out)).doesNotContainKey("json/osteomet.json");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("source acs-bone-metastasis-2012 was reviewed on 2012-05-03, more than 5 years before"
                        + " 2026-12-02");
        assertThat(Files.readString(out.resolve("sources/acs-bone-metastasis-2012.html")))
                .contains("<mark id=\"q-");
        assertThat(CliRun.of("site", "--out", out.toString(), "--today", "2026-12-02")
                        .status())
                .as("an earlier site is replaced")
                .isZero();
    }

    @Test
    void twoBuildsUnderDifferentLocaleAndTimeZoneAreByteIdentical() throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            assertThat(CliRun.of("build", "--out", temp.resolve("a").toString()).status())
                    .isZero();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(CliRun.of("build", "--out", temp.resolve("b").toString()).status())
                    .isZero();
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(tree(temp.resolve("b"))).isEqualTo(tree(temp.resolve("a")));
    }

    @Test
    void exportWritesOnlyTheChosenFormat() throws IOException {
        Path out = temp.resolve("csv-only");
        assertThat(CliRun.of("export", "--format", "csv", "--out", out.toString())
                        .status())
                .isZero();
        assertThat(tree(out).keySet()).allMatch(f -> f.startsWith("csv/") || f.equals("manifest.json"));
    }

    @Test
    void contentWithErrorsWritesNothingAndKeepsTheEarlierOutput() throws IOException {
        Path out = temp.resolve("dist");
        assertThat(CliRun.of("build", "--out", out.toString()).status()).isZero();
        Map<String, String> before = tree(out);
        Path content = temp.resolve("content");
        TestFolders.copy(TestFolders.SHIPPED_CONTENT, content);
        Path file = content.resolve("treatments/denosumab.json");
        Files.writeString(file, Files.readString(file).replace("\"id\": \"denosumab\"", "\"id\": \"../x\""));
        CliRun run = CliRun.of("build", "--content", content.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("treatments/denosumab.json").contains("nothing written");
        assertThat(tree(out)).isEqualTo(before);
        Path fresh = temp.resolve("fresh");
        assertThat(CliRun.of("build", "--content", content.toString(), "--out", fresh.toString())
                        .status())
                .isEqualTo(1);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void outputThatIsAFileOrTheContentFolderIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "keep me");
        CliRun onFile = CliRun.of("build", "--out", file.toString());
        assertThat(onFile.status()).isEqualTo(2);
        assertThat(onFile.err()).isEqualTo("osteomet: error: --out " + file + " is an existing file, not a folder\n");
        assertThat(Files.readString(file)).isEqualTo("keep me");

        Path content = temp.resolve("content");
        TestFolders.copy(TestFolders.SHIPPED_CONTENT, content);
        Map<String, String> before = tree(content);
        for (Path out : new Path[] {content, content.resolve("dist"), temp}) {
            CliRun run = CliRun.of("build", "--content", content.toString(), "--out", out.toString());
            assertThat(run.status()).as(out.toString()).isEqualTo(2);
            assertThat(run.err()).contains("overlaps the content folder");
        }
        assertThat(tree(content)).isEqualTo(before);
    }

    @Test
    void aFolderWithOtherFilesIsNotReplaced() throws IOException {
        Path home = temp.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("thesis.txt"), "years of work");
        CliRun run = CliRun.of("build", "--out", home.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("osteomet: error: ");
        assertThat(Files.readString(home.resolve("thesis.txt"))).isEqualTo("years of work");
        assertThat(run.out() + run.err()).doesNotContain("\tat ");
    }

    @Test
    void aSecondBuildSwitchesItsOwnLinkButALinkItDidNotMakeIsRefused() throws IOException {
        Path out = temp.resolve("dist");
        assertThat(CliRun.of("build", "--out", out.toString()).status()).isZero();
        Map<String, String> first = tree(out);

        CliRun again = CliRun.of("build", "--out", out.toString());

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".dist.build-2"));
        assertThat(tree(out)).isEqualTo(first);
        assertThat(TestFolders.names(temp)).containsExactly(".dist.build-2", ".dist.lock", "dist");

        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), elsewhere);
        CliRun foreign = CliRun.of("build", "--out", link.toString());

        assertThat(foreign.status()).isEqualTo(2);
        assertThat(foreign.err())
                .isEqualTo("osteomet: error: refusing to write to " + link + ": it is a symbolic link to " + elsewhere
                        + " that osteomet did not make; remove it or choose another folder.\n");
        assertThat(TestFolders.names(elsewhere)).isEmpty();
    }
}
