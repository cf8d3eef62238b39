package org.osteomet.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osteomet.core.Content;
import tools.jackson.databind.node.ObjectNode;

/** Renders {@code json/osteomet.json} with its schema, and the NDJSON files of each record kind. */
final class JsonExport {
    static final String DOCUMENT = "json/osteomet.json";
    static final String SCHEMA = "json/osteomet.schema.json";
    private static final String SCHEMA_RESOURCE = "osteomet.schema.json";

    private JsonExport() {}

    static Map<String, byte[]> json(Content content, String version) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DOCUMENT, utf8(CanonicalJson.pretty(ContentJson.document(content, version))));
        files.put(SCHEMA, utf8(CanonicalJson.pretty(StrictJson.parse(schema()))));
        return files;
    }

    static Map<String, byte[]> ndjson(Content content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ndjson/sources.ndjson", lines(content.sources(), ContentJson::source));
        files.put("ndjson/concepts.ndjson", lines(content.concepts(), ContentJson::concept));
        files.put("ndjson/claims.ndjson", lines(content.claims(), ContentJson::claim));
        files.put("ndjson/adjudications.ndjson", lines(content.adjudications(), ContentJson::adjudication));
        return files;
    }

    private static <T> byte[] lines(List<T> records, Function<T, ObjectNode> toJson) {
        StringBuilder out = new StringBuilder();
        for (T record : records) {
            out.append(CanonicalJson.compact(toJson.apply(record), true)).append('\n');
        }
        return utf8(out.toString());
    }

    private static byte[] schema() {
        try (InputStream in = JsonExport.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
