package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteomet.content.ContentLoader;

class OutputPathsTest {
    @Test
    void acceptsEveryPathTheExporterWrites() throws Exception {
        for (ExportFile file :
                Exporter.files(ContentLoader.load(), "1", EnumSet.allOf(ExportFormat.class), CsvVariant.RFC_4180)) {
            String path = file.path();
            assertThatCode(() -> OutputPaths.check(path)).as(path).doesNotThrowAnyException();
        }
        assertThatCode(() -> OutputPaths.check(Manifest.FILE)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../x.json",
                "/etc/x.json",
                "a\u0000b.json",
                "json/../x.json",
                "./x.json",
                "json//x.json",
                "Json/x.json",
                "x.exe",
                "x",
                ".x.json",
                "json/x.json/",
                "a/b/c/d.json",
                "fhir/ndjson/provenance/../x.ndjson",
                "C:\\x.json",
                "csv/x y.csv"
            })
    void rejectsPathsOutsideTheAllowList(String path) {
        assertThatThrownBy(() -> OutputPaths.check(path))
                .isInstanceOf(ExportException.class)
                .hasMessageEndingWith(
                        ": output file names must be kebab-case or FHIR resource type names inside the output folder.");
    }
}
