package org.osteomet.export;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses JSON with every lenient Jackson default turned off: duplicate keys and trailing content are errors. */
final class StrictJson {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxNumberLength(50)
                            .maxNameLength(200)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private StrictJson() {}

    /**
     * Parses one JSON document.
     *
     * @param bytes UTF-8 JSON; not null
     * @return the tree; never null nor missing
     * @throws JacksonException if the bytes are not one strict JSON document
     * @throws IllegalArgumentException if the bytes hold no document at all
     */
    static JsonNode parse(byte[] bytes) {
        JsonNode node = MAPPER.readTree(bytes);
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("empty document");
        }
        return node;
    }

    /** Parses one JSON document held in a string; see {@link #parse(byte[])}. */
    static JsonNode parse(String text) {
        return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
