package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osteomet.content.ContentLoader;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Source;
import tools.jackson.databind.JsonNode;

class JsonExportTest {
    static final Content TINY = tiny("q");

    static Content content;
    static String document;

    @BeforeAll
    static void export() {
        content = ContentLoader.load();
        document = utf8(ExportFiles.render(JsonExport.json(content, "1.0")).get(JsonExport.DOCUMENT));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readingGeneratedContentBackGivesEqualRecords(long seed) {
        Content generated = GeneratedContent.of(seed);
        byte[] json = ExportFiles.render(JsonExport.json(generated, "1.0")).get(JsonExport.DOCUMENT);

        assertThat(JsonContentReader.read(json)).isEqualTo(generated);
    }

    @Test
    void writesATinyContentAsThisExactDocument() {
        String tiny = utf8(ExportFiles.render(JsonExport.json(TINY, "1.0")).get(JsonExport.DOCUMENT));

        assertThat(tiny).isEqualTo("""
                {
                  "adjudications": [],
                  "claims": [
                    {
                      "citations": [
                        {
                          "quote": "q",
                          "source": "s"
                        }
                      ],
                      "corroboration": 1,
                      "id": "c",
                      "object": {
                        "text": "t"
                      },
                      "predicate": "definition",
                      "status": "normal",
                      "subject": "x"
                    }
                  ],
                  "concepts": [
                    {
                      "brandNames": [
                        "Xgeva"
                      ],
                      "id": "x",
                      "kind": "DRUG",
                      "name": "X",
                      "synonyms": []
                    }
                  ],
                  "contentVersion": "1.0",
                  "coverage": [],
                  "formatVersion": 2,
                  "sources": [
                    {
                      "date": null,
                      "dateAsStated": null,
                      "experts": [],
                      "id": "s",
                      "publisher": "P",
                      "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                      "snapshot": "snapshots/s.txt",
                      "title": "T"
                    }
                  ]
                }
                """);
    }

    @Test
    void writesEachRecordOfATinyContentAsThisExactLine() {
        Map<String, byte[]> files = ExportFiles.render(JsonExport.ndjson(TINY));

        assertThat(utf8(files.get("ndjson/claims.ndjson")))
                .isEqualTo("{\"citations\":[{\"quote\":\"q\",\"source\":\"s\"}],\"corroboration\":1,\"id\":\"c\","
                        + "\"object\":{\"text\":\"t\"},\"predicate\":\"definition\",\"status\":\"normal\","
                        + "\"subject\":\"x\"}\n");
        assertThat(utf8(files.get("ndjson/concepts.ndjson")))
                .isEqualTo(
                        "{\"brandNames\":[\"Xgeva\"],\"id\":\"x\",\"kind\":\"DRUG\",\"name\":\"X\",\"synonyms\":[]}\n");
        assertThat(files.get("ndjson/adjudications.ndjson")).isEmpty();
    }

    @Test
    void theShippedDocumentHasSortedKeysLfLineEndsAndAFinalNewline() {
        JsonNode tree = TestJson.parse(document);

        assertThat(document).doesNotContain("\r").endsWith("\n}\n").startsWith("{\n  \"adjudications\": [\n");
        assertThat(document.lines())
                .allSatisfy(line -> assertThat(line).doesNotStartWith("\t").doesNotEndWith(" "));
        assertSortedKeys(tree);
        assertThat(tree.get("formatVersion").intValue()).isEqualTo(2);
        assertThat(tree.get("claims").valueStream().map(c -> c.get("status").stringValue()))
                .as("every claim carries its status")
                .hasSize(content.claims().size())
                .containsOnly("normal", "preferred", "disputed")
                .contains("disputed");
        assertThat(tree.get("contentVersion").stringValue()).isEqualTo("1.0");
        assertThat(tree.get("claims").size()).isEqualTo(content.claims().size());
    }

    @Test
    void theSchemaHasSortedKeysAndDescribesEveryTopLevelKey() {
        String schema = utf8(ExportFiles.render(JsonExport.json(content, "1.0")).get(JsonExport.SCHEMA));
        JsonNode tree = TestJson.parse(schema);

        assertThat(schema).doesNotContain("\r").startsWith("{\n  \"").endsWith("\n}\n");
        assertSortedKeys(tree);
        assertThat(tree.get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(TestJson.parse(document).propertyNames());
        assertThat(tree.get("$defs").propertyNames())
                .contains("source", "concept", "claim", "citation", "qualifiers", "adjudication");
    }

    @Test
    void ndjsonHasOneLinePerRecordHoldingTheRecordOfTheDocument() {
        Map<String, byte[]> files = ExportFiles.render(JsonExport.ndjson(content));
        JsonNode tree = TestJson.parse(document);

        for (String kind : List.of("sources", "concepts", "claims", "adjudications")) {
            String text = utf8(files.get("ndjson/" + kind + ".ndjson"));
            List<String> lines = text.lines().toList();
            assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\n\n");
            assertThat(lines).as(kind).hasSize(tree.get(kind).size());
            for (int i = 0; i < lines.size(); i++) {
                JsonNode line = TestJson.parse(lines.get(i));
                assertThat(line).isEqualTo(tree.get(kind).get(i));
                assertSortedKeys(line);
            }
        }
    }

    /** Returns one source {@code s}, one drug {@code x} and one claim {@code c} about it, citing the quote. */
    static Content tiny(String quote) {
        return Content.of(
                List.of(new Source("s", "P", "T", null, null, List.of(), "snapshots/s.txt", "0".repeat(64))),
                List.of(new Concept("x", ConceptKind.DRUG, "X", List.of("Xgeva"), List.of())),
                List.of(new Claim(
                        "c",
                        "x",
                        ClaimPredicate.DEFINITION,
                        ClaimObject.text("t"),
                        Qualifiers.NONE,
                        List.of(new Citation("s", quote)))),
                List.of());
    }

    static void assertSortedKeys(JsonNode node) {
        if (node.isObject()) {
            List<String> keys = List.copyOf(node.propertyNames());
            assertThat(keys).isSorted();
        }
        node.forEach(JsonExportTest::assertSortedKeys);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
