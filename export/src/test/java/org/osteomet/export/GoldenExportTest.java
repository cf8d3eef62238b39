package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.content.internal.ContentReader;
import org.osteomet.core.QuotePlaces;

/**
 * Every export of a small fixture content folder, compared byte for byte with the files checked in under
 * {@code src/test/resources/golden/export/}.
 *
 * <p>After an intended change of the output, regenerate them with
 * {@code ./mvnw -B -q -pl export -am test -Dtest=GoldenExportTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dosteomet.golden.update=true} and review the diff like any other change.
 */
class GoldenExportTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path FIXTURE = GOLDEN.resolve("content");
    static final Path EXPECTED = GOLDEN.resolve("export");
    static final String VERSION = "golden";

    @TempDir
    Path temp;

    @Test
    void everyExportedFileIsByteIdenticalToItsGoldenCopy() throws Exception {
        Path out = temp.resolve("out");
        ContentFiles read = ContentReader.read(FIXTURE);
        Exporter.write(
                read.content(),
                QuotePlaces.of(read.content(), read::snapshotText),
                VERSION,
                out,
                EnumSet.allOf(ExportFormat.class),
                null);
        Map<String, byte[]> actual = ExportFiles.read(out);
        if (Boolean.getBoolean("osteomet.golden.update")) {
            replaceGoldenFiles(actual);
        }

        Map<String, byte[]> expected = ExportFiles.read(EXPECTED);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(new String(actual.get(path), StandardCharsets.UTF_8))
                    .as("%s differs from its golden copy; if the change is intended, regenerate (see this class)", path)
                    .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8));
            assertThat(actual.get(path)).as(path).isEqualTo(expected.get(path));
        }
    }

    @Test
    void theFixtureCoversEveryExportedFormat() {
        assertThat(ExportFiles.read(EXPECTED).keySet())
                .anyMatch(p -> p.startsWith("json/"))
                .anyMatch(p -> p.startsWith("ndjson/"))
                .anyMatch(p -> p.startsWith("csv/"))
                .anyMatch(p -> p.startsWith("fhir/"))
                .contains("manifest.json");
    }

    private static void replaceGoldenFiles(Map<String, byte[]> files) throws IOException {
        if (Files.exists(EXPECTED)) {
            try (Stream<Path> walk = Files.walk(EXPECTED)) {
                for (Path path :
                        walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = EXPECTED.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
