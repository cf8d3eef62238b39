package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteomet.content.ContentLoader;
import org.osteomet.content.internal.ContentReader;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;

class CsvExportTest {
    static Content content;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        content = ContentLoader.load();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readingGeneratedContentWithHostileCellsBackGivesEqualRecords(long seed) throws Exception {
        Content generated = GeneratedContent.of(seed);

        assertThat(roundTrip(generated)).isEqualTo(generated);
    }

    @Test
    void writesRfc4180WithAHeaderRowCrlfAndQuotesOnlyWhereNeeded() {
        String claims = table(content, CsvTable.CLAIMS);

        assertThat(claims)
                .startsWith(String.join(",", CsvTable.CLAIMS.columns()) + "\r\n")
                .endsWith("\r\n")
                .doesNotStartWith("\ufeff");
        assertThat(claims.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo(
                        "acupuncture-benefit-pain-relief,acupuncture,benefit,CONCEPT,pain-relief,,,,,,,,,false,,,,,,,,normal,1,[]");
        assertThat(table(content, CsvTable.CITATIONS))
                .contains("acupuncture-is-a-complementary-treatments,1,bone-cancer-secondary-treatment,"
                        + "\"Complementary treatments include:\n\n  • Acupuncture\",,,,,,,\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted"})
    void neutralisesFormulaCellsInCsvOnly(String name) throws Exception {
        Content hostile = Content.of(
                List.of(),
                List.of(new Concept("x", ConceptKind.DRUG, name, List.of(name), List.of())),
                List.of(),
                List.of());

        String concepts = table(hostile, CsvTable.CONCEPTS);
        String json = JsonExportTest.utf8(
                ExportFiles.render(JsonExport.json(hostile, "1")).get(JsonExport.DOCUMENT));
        String fhir = JsonExportTest.utf8(
                ExportFiles.render(FhirExport.write(hostile, "1")).get(FhirExport.BUNDLE));

        String row = concepts.substring(concepts.indexOf("\r\n") + 2);
        assertThat(row).startsWith("x,DRUG,").contains("'" + name);
        assertThat(TestJson.parse(json).at("/concepts/0/name").stringValue()).isEqualTo(name);
        assertThat(java.util.stream.StreamSupport.stream(
                                TestJson.parse(fhir).get("entry").spliterator(), false)
                        .map(e -> e.get("resource"))
                        .filter(r -> Fhir.CONCEPTS.equals(r.path("url").stringValue(null)))
                        .map(r -> r.at("/concept/0/display").stringValue()))
                .containsExactly(name);
        assertThat(roundTrip(hostile)).isEqualTo(hostile);
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaksAndReadsThemBackExactly() throws Exception {
        String quote = "a, \"b\"\r\nc\rd\ne";
        Content tricky = JsonExportTest.tiny(quote);

        assertThat(table(tricky, CsvTable.CITATIONS)).endsWith("c,1,s,\"a, \"\"b\"\"\r\nc\rd\ne\",,,,,,,\r\n");
        assertThat(roundTrip(tricky)).isEqualTo(tricky);
    }

    private Content roundTrip(Content original) throws Exception {
        Path folder = Files.createTempDirectory(temp, "csv");
        for (Map.Entry<String, byte[]> file : ExportFiles.render(CsvWriter.write(original, CsvVariant.RFC_4180))
                .entrySet()) {
            Files.write(folder.resolve(file.getKey().substring("csv/".length())), file.getValue());
        }
        return CsvContentReader.read(folder);
    }

    @Test
    void theCitationsTableSaysWhereEachQuoteSitsInItsSnapshot() {
        org.osteomet.content.internal.ContentFiles read = ContentReader.readPackaged();
        org.osteomet.core.QuotePlaces places = org.osteomet.core.QuotePlaces.of(read.content(), read::snapshotText);
        String csv = new String(
                ExportFiles.render(CsvWriter.write(read.content(), places, CsvVariant.RFC_4180))
                        .get(CsvTable.CITATIONS.path()),
                StandardCharsets.UTF_8);
        String snapshot = read.snapshotText("acs-bone-metastasis-2012");
        String quote = "Common side effects include nausea, diarrhea, and feeling weak or tired.";
        int start = snapshot.codePointCount(0, snapshot.indexOf(quote));

        assertThat(csv)
                .contains(",acs-bone-metastasis-2012,\"" + quote + "\",,," + start + "," + (start + quote.length())
                        + ",\"" + quote + "\",");
        assertThat(csv)
                .contains(",a supplement containing calcium and vitamin D to prevent problems with low"
                        + " calcium levels,usually advised to take,,");
    }

    private static String table(Content content, CsvTable table) {
        return new String(
                ExportFiles.render(CsvWriter.write(content, CsvVariant.RFC_4180))
                        .get(table.path()),
                StandardCharsets.UTF_8);
    }
}
