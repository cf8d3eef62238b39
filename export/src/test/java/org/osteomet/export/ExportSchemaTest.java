package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.content.internal.ContentReader;
import org.osteomet.core.QuotePlaces;
import tools.jackson.databind.JsonNode;

/** The exported JSON and NDJSON pass the exported schema, which takes the shared shapes from the content's. */
class ExportSchemaTest {
    @TempDir
    static Path out;

    static Schema schema;

    @BeforeAll
    static void export() throws Exception {
        ContentFiles read = ContentReader.readPackaged();
        Exporter.write(
                read.content(),
                QuotePlaces.of(read.content(), read::snapshotText),
                "1.0",
                out.resolve("x"),
                EnumSet.of(ExportFormat.JSON, ExportFormat.NDJSON),
                null);
        Map<String, String> files = Map.of(
                "https://osteomet.org/schema/osteomet.schema.json", read("json/osteomet.schema.json"),
                "https://osteomet.org/schema/definitions.schema.json", read("json/definitions.schema.json"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(files::get));
        schema = registry.getSchema(SchemaLocation.of("https://osteomet.org/schema/osteomet.schema.json"));
    }

    static String read(String path) throws Exception {
        return Files.readString(out.resolve("x").resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentPassesItsSchema() throws Exception {
        assertThat(schema.validate(TestJson.parse(read("json/osteomet.json")))).isEmpty();
    }

    @Test
    void theSchemaRefersToTheContentDefinitionsForTheSharedShapes() throws Exception {
        JsonNode defs = TestJson.parse(read("json/osteomet.schema.json")).get("$defs");
        assertThat(defs.get("qualifiers").get("$ref").asString())
                .isEqualTo("definitions.schema.json#/$defs/qualifiers");
        assertThat(defs.get("citation")
                        .get("properties")
                        .get("quote")
                        .get("$ref")
                        .asString())
                .isEqualTo("definitions.schema.json#/$defs/citation/properties/quote");
    }

    @Test
    void everyCitationCarriesBothSelectors() throws Exception {
        JsonNode document = TestJson.parse(read("json/osteomet.json"));
        int citations = 0;
        for (String kind : new String[] {"claims", "coverage"}) {
            for (JsonNode record : document.get(kind)) {
                for (JsonNode citation : record.get("citations")) {
                    citations++;
                    assertThat(citation.get("selector").get(0).get("type").asString())
                            .isEqualTo("TextPositionSelector");
                    assertThat(citation.get("selector").get(1).get("type").asString())
                            .isEqualTo("TextQuoteSelector");
                }
            }
        }
        assertThat(citations).isGreaterThan(600);
    }

    @Test
    void aSelectorWithoutItsPositionFailsTheSchema() throws Exception {
        String bad = read("json/osteomet.json").replaceFirst("\"start\": [0-9]+,", "");
        assertThat(schema.validate(TestJson.parse(bad))).isNotEmpty();
    }

    @Test
    void aDocumentWithAnUnknownQualifierFailsIt() throws Exception {
        String bad = read("json/osteomet.json").replaceFirst("\"hedge\": ", "\"hedges\": ");
        assertThat(schema.validate(TestJson.parse(bad))).isNotEmpty();
    }
}
