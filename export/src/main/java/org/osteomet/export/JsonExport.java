package org.osteomet.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.osteomet.core.Content;
import org.osteomet.core.QuotePlaces;
import tools.jackson.databind.node.ObjectNode;

/** Writes {@code json/osteomet.json} with its schema, and the NDJSON files of each record kind. */
final class JsonExport {
    static final String DOCUMENT = "json/osteomet.json";
    static final String SCHEMA = "json/osteomet.schema.json";
    static final String DEFINITIONS = "json/definitions.schema.json";
    private static final String SCHEMA_RESOURCE = "/org/osteomet/export/osteomet.schema.json";
    // The shapes a content file and the export share, described once in core; the export schema refers to them.
    private static final String DEFINITIONS_RESOURCE = "/org/osteomet/core/schema/definitions.schema.json";

    private JsonExport() {}

    static List<ExportFile> json(Content content, String version) {
        return json(content, QuotePlaces.NONE, version);
    }

    static List<ExportFile> json(Content content, QuotePlaces places, String version) {
        return List.of(
                new ExportFile(
                        DOCUMENT,
                        out -> JsonOutput.document(
                                out, true, json -> ContentJson.document(content, places, version, json))),
                schemaFile(SCHEMA, SCHEMA_RESOURCE),
                schemaFile(DEFINITIONS, DEFINITIONS_RESOURCE));
    }

    private static ExportFile schemaFile(String path, String resource) {
        return new ExportFile(
                path, out -> JsonOutput.document(out, true, JsonOutput.MAPPER.readTree(schema(resource))));
    }

    static List<ExportFile> ndjson(Content content) {
        return ndjson(content, QuotePlaces.NONE);
    }

    static List<ExportFile> ndjson(Content content, QuotePlaces places) {
        return List.of(
                lines("ndjson/sources.ndjson", content.sources(), ContentJson::source),
                lines("ndjson/concepts.ndjson", content.concepts(), ContentJson::concept),
                lines("ndjson/claims.ndjson", content.claims(), claim -> ContentJson.claim(content, places, claim)),
                lines("ndjson/adjudications.ndjson", content.adjudications(), ContentJson::adjudication),
                lines("ndjson/coverage.ndjson", content.coverage(), c -> ContentJson.coverage(places, c)));
    }

    private static <T> ExportFile lines(String path, List<T> records, Function<T, ObjectNode> toJson) {
        return new ExportFile(path, out -> JsonOutput.lines(out, true, records, toJson));
    }

    private static byte[] schema(String resource) {
        try (InputStream in = JsonExport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
