package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.osteomet.content.ContentLoader;
import org.osteomet.core.Content;
import tools.jackson.databind.JsonNode;

class JsonExportTest {
    static Content content;
    static String document;

    @BeforeAll
    static void export() {
        content = ContentLoader.load();
        document = utf8(ExportFiles.render(JsonExport.json(content, "1.0")).get(JsonExport.DOCUMENT));
    }

    @Test
    void readingTheShippedContentBackGivesEqualRecords() throws Exception {
        Content read = JsonContentReader.read(document.getBytes(StandardCharsets.UTF_8), "osteomet.json");

        assertThat(read).isEqualTo(content);
        assertThat(read.claims()).hasSize(content.claims().size());
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readingGeneratedContentBackGivesEqualRecords(long seed) throws Exception {
        Content generated = GeneratedContent.of(seed);
        byte[] json = ExportFiles.render(JsonExport.json(generated, "1.0")).get(JsonExport.DOCUMENT);

        assertThat(JsonContentReader.read(json, "osteomet.json")).isEqualTo(generated);
    }

    @Test
    void theDocumentIsCanonical() {
        JsonNode tree = StrictJson.parse(document);

        assertThat(document).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"adjudications\": [\n");
        assertThat(CanonicalJson.pretty(tree)).isEqualTo(document);
        assertSortedKeys(tree);
        assertThat(tree.get("formatVersion").intValue()).isEqualTo(1);
        assertThat(tree.get("contentVersion").stringValue()).isEqualTo("1.0");
    }

    @Test
    void theSchemaIsCanonicalAndDescribesEveryTopLevelKey() {
        String schema = utf8(ExportFiles.render(JsonExport.json(content, "1.0")).get(JsonExport.SCHEMA));
        JsonNode tree = StrictJson.parse(schema);

        assertThat(CanonicalJson.pretty(tree)).isEqualTo(schema);
        assertThat(tree.get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(StrictJson.parse(document).propertyNames());
        assertThat(tree.get("$defs").propertyNames())
                .contains("source", "concept", "claim", "citation", "qualifiers", "adjudication");
    }

    @Test
    void ndjsonHasOneCanonicalLinePerRecord() {
        Map<String, byte[]> files = ExportFiles.render(JsonExport.ndjson(content));
        JsonNode tree = StrictJson.parse(document);

        for (String kind : List.of("sources", "concepts", "claims", "adjudications")) {
            String text = utf8(files.get("ndjson/" + kind + ".ndjson"));
            List<String> lines = text.lines().toList();
            assertThat(text).endsWith("\n").doesNotContain("\r");
            assertThat(lines).as(kind).hasSize(tree.get(kind).size());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(StrictJson.parse(lines.get(i)))
                        .isEqualTo(tree.get(kind).get(i));
                assertThat(CanonicalJson.compact(tree.get(kind).get(i), true)).isEqualTo(lines.get(i));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"formatVersion\":1,\"formatVersion\":1} | not strict JSON",
                "{} trailing | not strict JSON",
                "'' | not strict JSON",
                "[] | /: must be an object",
                "{\"formatVersion\":2,\"contentVersion\":\"1\",\"sources\":[],\"concepts\":[],\"claims\":[],"
                        + "\"adjudications\":[]} | /formatVersion: unsupported format version 2",
                "{\"formatVersion\":1.5,\"contentVersion\":\"1\",\"sources\":[],\"concepts\":[],\"claims\":[],"
                        + "\"adjudications\":[]} | /formatVersion: must be an integer",
                "{\"formatVersion\":1,\"contentVersion\":\"1\",\"sources\":[],\"concepts\":[],\"claims\":[],"
                        + "\"adjudications\":[],\"@class\":\"x\"} | /@class: unknown property",
                "{\"formatVersion\":1,\"contentVersion\":\"1\",\"sources\":[],\"concepts\":[{\"id\":\"a\",\"kind\":1,"
                        + "\"name\":\"A\",\"brandNames\":[],\"synonyms\":[]}],\"claims\":[],\"adjudications\":[]}"
                        + " | /concepts/0/kind: must be a string",
                "{\"formatVersion\":1,\"contentVersion\":\"1\",\"sources\":[],\"concepts\":[{\"id\":\"a\",\"kind\":"
                        + "\"drug\",\"name\":\"A\",\"brandNames\":[],\"synonyms\":[]}],\"claims\":[],"
                        + "\"adjudications\":[]} | /concepts/0/kind: must be one of",
                "{\"formatVersion\":1,\"contentVersion\":\"1\",\"sources\":[],\"concepts\":[],\"claims\":[{\"id\":"
                        + "\"c\",\"subject\":\"a\",\"predicate\":\"is-a\",\"object\":{\"concept\":\"b\"},"
                        + "\"qualifiers\":{\"negated\":false},\"citations\":[{\"source\":\"s\",\"quote\":\"q\"}]}],"
                        + "\"adjudications\":[]} | /claims/0/qualifiers/negated: must be true or absent",
                "{\"formatVersion\":1,\"contentVersion\":\"1\",\"sources\":[],\"concepts\":[],\"claims\":[{\"id\":"
                        + "\"c\",\"subject\":\"a\",\"predicate\":\"is-a\",\"object\":{\"concept\":\"b\"},"
                        + "\"citations\":[]}],\"adjudications\":[]} | /claims/0: citations must not be empty",
            })
    void readerRejectsWhatTheWriterNeverWrites(String json, String expected) {
        assertThatThrownBy(() -> JsonContentReader.read(json.getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("cannot read x.json: ")
                .hasMessageContaining(expected);
    }

    private static void assertSortedKeys(JsonNode node) {
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
