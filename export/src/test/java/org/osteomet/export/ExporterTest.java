package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteomet.content.ContentLoader;
import org.osteomet.core.Content;
import tools.jackson.databind.JsonNode;

class ExporterTest {
    static final Set<ExportFormat> ALL = EnumSet.allOf(ExportFormat.class);
    static Content content;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        content = ContentLoader.load();
    }

    @Test
    void writesOnlyTheRequestedFormatsAndTheManifest() throws Exception {
        Path out = temp.resolve("out");

        Exporter.write(content, "1.0", out, EnumSet.of(ExportFormat.CSV, ExportFormat.NDJSON));

        assertThat(ExportFiles.names(out)).containsExactly("csv", "manifest.json", "ndjson");
        assertThat(ExportFiles.names(out.resolve("csv")))
                .containsExactly(
                        "adjudications.csv",
                        "citations.csv",
                        "claims.csv",
                        "concepts.csv",
                        "coverage.csv",
                        "sources.csv");
        assertThat(ExportFiles.names(out.resolve("ndjson")))
                .containsExactly(
                        "adjudications.ndjson",
                        "claims.ndjson",
                        "concepts.ndjson",
                        "coverage.ndjson",
                        "sources.ndjson");
    }

    @Test
    void writesEveryFormatIntoItsOwnFolder() throws Exception {
        Path out = temp.resolve("out");

        Exporter.write(content, "1.0", out, ALL);

        assertThat(ExportFiles.names(out)).containsExactly("csv", "fhir", "json", "manifest.json", "ndjson");
        assertThat(ExportFiles.names(out.resolve("json")))
                .containsExactly("definitions.schema.json", "osteomet.json", "osteomet.schema.json");
        assertThat(ExportFiles.names(out.resolve("fhir"))).containsExactly("bundle.json", "extensions.json", "ndjson");
        assertThat(ExportFiles.names(out.resolve("fhir/ndjson")))
                .contains("ClinicalUseDefinition.ndjson", "MedicationKnowledge.ndjson", "Provenance.ndjson");
    }

    @Test
    void manifestListsEveryFileWithItsSizeAndSha256SortedByPath() throws Exception {
        Path out = temp.resolve("out");

        List<ManifestEntry> returned = Exporter.write(content, "2026.11", out, ALL);

        Map<String, byte[]> files = ExportFiles.read(out);
        files.remove("manifest.json");
        assertThat(returned).extracting(ManifestEntry::path).containsExactlyElementsOf(files.keySet());
        for (ManifestEntry entry : returned) {
            byte[] bytes = files.get(entry.path());
            assertThat(entry.size()).as(entry.path()).isEqualTo(bytes.length);
            assertThat(entry.sha256()).as(entry.path()).isEqualTo(Manifest.sha256(bytes));
        }
        JsonNode manifest = TestJson.parse(Files.readAllBytes(out.resolve("manifest.json")));
        assertThat(manifest.get("contentVersion").stringValue()).isEqualTo("2026.11");
        assertThat(manifest.get("files").size()).isEqualTo(returned.size());
        for (int i = 0; i < returned.size(); i++) {
            JsonNode file = manifest.get("files").get(i);
            assertThat(new ManifestEntry(
                            file.get("path").stringValue(),
                            file.get("size").longValue(),
                            file.get("sha256").stringValue()))
                    .isEqualTo(returned.get(i));
        }
    }

    @Test
    void writesByteIdenticalFilesUnderAnyLocaleAndTimeZone() throws Exception {
        Exporter.write(content, "1.0", temp.resolve("first"), ALL);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Exporter.write(content, "1.0", temp.resolve("second"), ALL);
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            Exporter.write(content, "1.0", temp.resolve("third"), ALL);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }

        assertSameFiles(ExportFiles.read(temp.resolve("first")), ExportFiles.read(temp.resolve("second")));
        assertSameFiles(ExportFiles.read(temp.resolve("first")), ExportFiles.read(temp.resolve("third")));
    }

    @Test
    void replacesAnEarlierExportAndLeavesOnlyTheNewBuildBehind() throws Exception {
        Path out = temp.resolve("out");
        Exporter.write(content, "1.0", out, ALL);

        Exporter.write(content, "2.0", out, EnumSet.of(ExportFormat.JSON));

        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-2", ".out.lock", "out");
        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".out.build-2"));
        assertThat(ExportFiles.names(out)).containsExactly("json", "manifest.json");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"2.0\"");
    }

    @Test
    void refusesAnOutDirThatIsAFileAndLeavesItUnchanged() throws Exception {
        Path file = Files.writeString(temp.resolve("out"), "keep me");

        assertThatThrownBy(() -> Exporter.write(content, "1.0", file, ALL))
                .isInstanceOf(ExportException.class)
                .hasMessage("refusing to write to " + file + ": it exists and is not a folder.");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(ExportFiles.names(temp)).containsExactly("out");
    }

    @Test
    void refusesASymbolicLinkItDidNotMake() throws Exception {
        Path real = temp.resolve("real");
        Exporter.write(content, "1.0", real, EnumSet.of(ExportFormat.CSV));
        Map<String, byte[]> before = ExportFiles.read(real);
        Path link = Files.createSymbolicLink(temp.resolve("link"), real);

        assertThatThrownBy(() -> Exporter.write(content, "2.0", link, ALL))
                .isInstanceOf(ExportException.class)
                .hasMessage("refusing to write to " + link + ": it is a symbolic link to " + real
                        + " that osteomet did not make; remove it or choose another folder.");
        assertSameFiles(before, ExportFiles.read(real));
        assertThat(ExportFiles.names(temp)).containsExactly(".real.build-1", ".real.lock", "link", "real");
    }

    @Test
    void refusesAFolderThatIsNotAnEarlierExport() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("content"));
        Files.writeString(folder.resolve("sources.json"), "{}");

        assertThatThrownBy(() -> Exporter.write(content, "1.0", folder, ALL))
                .isInstanceOf(ExportException.class)
                .hasMessage("refusing to replace " + folder
                        + ": it holds sources.json, so it is not an earlier export; choose a new or empty folder.");
        assertThat(ExportFiles.names(folder)).containsExactly("sources.json");
    }

    @Test
    void aFailureMidwayLeavesThePreviousOutputUntouched() throws Exception {
        Path out = temp.resolve("out");
        Exporter.write(content, "1.0", out, ALL);
        Map<String, byte[]> before = ExportFiles.read(out);
        AtomicFolderWriter.Hook failOnBundle = step -> {
            if (step.equals("write fhir/bundle.json")) {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> Exporter.write(content, "2.0", out, ALL, CsvVariant.RFC_4180, failOnBundle))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + out + " (disk full); its previous content is unchanged.");
        assertSameFiles(before, ExportFiles.read(out));
        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-1", ".out.lock", "out");
    }

    @Test
    void aFailureAtTheSwapLeavesThePreviousBuildInPlace() throws Exception {
        Path out = temp.resolve("out");
        Exporter.write(content, "1.0", out, ALL);
        Map<String, byte[]> before = ExportFiles.read(out);
        AtomicFolderWriter.Hook failOnSwap = step -> {
            if (step.equals("swap")) {
                assertThat(ExportFiles.read(out))
                        .as("the old build is in place while swapping")
                        .containsOnlyKeys(before.keySet());
                throw new IOException("rename failed");
            }
        };

        assertThatThrownBy(() -> Exporter.write(content, "2.0", out, ALL, CsvVariant.RFC_4180, failOnSwap))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + out + " (rename failed); its previous content is unchanged.");
        assertSameFiles(before, ExportFiles.read(out));
        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-1", ".out.lock", "out");
    }

    @Test
    void saysWhereAnOlderVersionsOutputIsWhenItCannotBeMovedBack() throws Exception {
        Path out = temp.resolve("out");
        Exporter.write(content, "1.0", out, ALL);
        // An older version wrote a real folder; migrating it is the one step that moves the output aside.
        Path real = out.toRealPath();
        Files.delete(out);
        Files.move(real, out);
        Map<String, byte[]> before = ExportFiles.read(out);
        AtomicFolderWriter.Hook blockTheName = step -> {
            if (step.equals("swap")) {
                Files.writeString(out, "in the way");
                throw new IOException("rename failed");
            }
        };

        assertThatThrownBy(() -> Exporter.write(content, "2.0", out, ALL, CsvVariant.RFC_4180, blockTheName))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + out + " (rename failed), and its previous content could not be moved"
                        + " back: it is now in " + temp.resolve(".out.previous-1") + ".");
        assertSameFiles(before, ExportFiles.read(temp.resolve(".out.previous-1")));
        assertThat(ExportFiles.names(temp)).containsExactly(".out.lock", ".out.previous-1", "out");
    }

    @Test
    void aFailureOnANewFolderLeavesOnlyTheLockFile() {
        Path out = temp.resolve("out");
        AtomicFolderWriter.Hook fail = step -> {
            throw new IOException("no space left on device");
        };

        assertThatThrownBy(() -> Exporter.write(content, "1.0", out, ALL, CsvVariant.RFC_4180, fail))
                .isInstanceOf(ExportException.class);
        assertThat(ExportFiles.names(temp)).containsExactly(".out.lock");
    }

    @Test
    void removesSymbolicLinksInAnEarlierExportWithoutFollowingThem() throws Exception {
        Path outside = Files.createDirectory(temp.resolve("outside"));
        Files.writeString(outside.resolve("claims.csv"), "precious");
        Path out = Files.createDirectory(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("csv"), outside);

        Exporter.write(content, "1.0", out, EnumSet.of(ExportFormat.CSV));

        assertThat(Files.readString(outside.resolve("claims.csv"))).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(out.resolve("csv"))).isFalse();
        assertThat(Files.isDirectory(out.resolve("csv"), LinkOption.NOFOLLOW_LINKS))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1.0", "../x", "1/2", "a\u0000b", "1.0\n"})
    void rejectsAContentVersionThatIsNotPlainBeforeWritingAnything(String version) {
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> Exporter.write(content, version, out, ALL))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("cannot write " + out + ": the content version must be");
        assertThat(ExportFiles.names(temp)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.json", "/etc/x.json", "a\u0000b.json", "ndjson/../../x.ndjson", "csv/x y.csv", "x"})
    void rejectsAFileNameOutsideTheAllowListBeforeWritingAnything(String path) {
        Path out = temp.resolve("out");
        List<ExportFile> files = List.of(new ExportFile(path, text -> {}));

        assertThatThrownBy(() -> AtomicFolderWriter.write(
                        out, files, entries -> new ExportFile(Manifest.FILE, text -> {}), AtomicFolderWriter.Hook.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("refusing to write \"")
                .hasMessageNotContaining("\u0000");
        assertThat(ExportFiles.names(temp)).isEmpty();
    }

    @Test
    void writesCsvWithoutAByteOrderMarkUnlessTheExcelVariantIsAsked() throws Exception {
        Exporter.write(content, "1.0", temp.resolve("plain"), EnumSet.of(ExportFormat.CSV));
        Exporter.write(content, "1.0", temp.resolve("excel"), EnumSet.of(ExportFormat.CSV), CsvVariant.EXCEL);

        byte[] plain = Files.readAllBytes(temp.resolve("plain/csv/claims.csv"));
        byte[] excel = Files.readAllBytes(temp.resolve("excel/csv/claims.csv"));
        assertThat(new String(plain, StandardCharsets.UTF_8)).startsWith("id,subject,predicate,");
        assertThat(excel).startsWith((byte) 0xef, (byte) 0xbb, (byte) 0xbf);
        assertThat(java.util.Arrays.copyOfRange(excel, 3, excel.length)).isEqualTo(plain);
    }

    @Test
    void readsBackWhatItWroteFromTheJsonAndTheCsvFiles() throws Exception {
        Path out = temp.resolve("out");

        Exporter.write(content, "1.0", out, ALL);

        assertThat(JsonContentReader.read(Files.readAllBytes(out.resolve("json/osteomet.json"))))
                .isEqualTo(content);
        assertThat(CsvContentReader.read(out.resolve("csv"))).isEqualTo(content);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void exportsGeneratedContentWithHostileTextsInEveryFormat(long seed) throws Exception {
        Content generated = GeneratedContent.of(seed);
        Path out = temp.resolve("out");

        Exporter.write(generated, "1.0", out, ALL);

        assertThat(JsonContentReader.read(Files.readAllBytes(out.resolve("json/osteomet.json"))))
                .isEqualTo(generated);
        assertThat(CsvContentReader.read(out.resolve("csv"))).isEqualTo(generated);
        assertThat(TestJson.parse(Files.readAllBytes(out.resolve("fhir/bundle.json")))
                        .get("entry")
                        .size())
                .isGreaterThan(3);
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(actual.get(path)).as(path).isEqualTo(expected.get(path));
        }
    }
}
