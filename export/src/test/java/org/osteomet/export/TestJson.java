package org.osteomet.export;

import java.nio.charset.StandardCharsets;
import org.osteomet.content.internal.JsonReadException;
import org.osteomet.content.internal.StrictJsonParser;
import tools.jackson.databind.JsonNode;

/** Parses exported JSON in tests with the content module's strict parser, the one parse path osteomet has. */
final class TestJson {
    private TestJson() {}

    /** Returns the tree of one strict JSON document; a document that is not one fails the test. */
    static JsonNode parse(byte[] bytes) {
        try {
            return StrictJsonParser.parse("export", bytes).root();
        } catch (JsonReadException e) {
            throw new AssertionError("not strict JSON: " + e.getMessage(), e);
        }
    }

    static JsonNode parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
