package org.osteomet.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses one file as strict RFC 8259 JSON in UTF-8 and records where every value is.
 *
 * <p>Rejects what Jackson accepts by default: an empty document, duplicate keys, trailing content, comments,
 * single quotes, trailing commas, {@code NaN}, leading zeros, invalid UTF-8, a byte order mark, and inputs over
 * the limits below. Numbers keep their exact value: a fraction is never rounded to an integer.
 */
public final class StrictJsonParser {
    /** The deepest nesting accepted; content needs five levels. */
    public static final int MAX_DEPTH = 64;
    /** The longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest property name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 50;
    /** The largest file accepted, in bytes. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    // Duplicate keys are caught while building the tree (see readValue), where the pointer is known;
    // Jackson's own detection would fire first and without one.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .build();

    private final String file;
    private final Map<String, Location> locations = new HashMap<>();
    private byte[] input;

    private StrictJsonParser(String file) {
        this.file = file;
    }

    /** Thrown by the fast path on anything unusual; the careful path then finds and words the problem. */
    private static final class NotSimple extends Exception {
        private static final long serialVersionUID = 1L;

        NotSimple() {
            super(null, null, false, false);
        }
    }

    /**
     * Parses the bytes of one file.
     *
     * @param file the file's path relative to the content folder, used in problems; not null
     * @param bytes the file's content; not null
     * @return the document with the location of every value
     * @throws JsonReadException if the bytes are not strict JSON, with the problem's location and rule
     */
    public static JsonDocument parse(String file, byte[] bytes) throws JsonReadException {
        if (bytes.length <= MAX_FILE_BYTES) {
            if (!isAscii(bytes)) {
                new StrictJsonParser(file).checkEncoding(bytes);
            }
            try {
                return new JsonDocument(file, fastTree(bytes), bytes);
            } catch (NotSimple | JacksonException e) {
                // fall through: the careful parse reports the problem with its location
            }
        }
        StrictJsonParser parser = new StrictJsonParser(file);
        return new JsonDocument(file, parser.run(bytes), bytes);
    }

    /** Returns the location of every value of a document that parsed, by JSON Pointer. */
    static Map<String, Location> locations(String file, byte[] bytes) {
        StrictJsonParser parser = new StrictJsonParser(file);
        try {
            parser.run(bytes);
        } catch (JsonReadException e) {
            // The bytes parsed before; whatever was located up to the problem is still right.
        }
        return parser.locations;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    // The fast path tracks no pointers or locations, which is most of the careful path's cost; it gives up on
    // the first oddity (an empty file, a duplicate key, any syntax or limit error) and lets the careful path
    // find and locate it.
    private static JsonNode fastTree(byte[] bytes) throws NotSimple {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotSimple();
            }
            JsonNode root = fastValue(parser, first);
            if (parser.nextToken() != null) {
                throw new NotSimple();
            }
            return root;
        }
    }

    private static JsonNode fastValue(JsonParser parser, JsonToken token) throws NotSimple {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    if (object.has(name)) {
                        throw new NotSimple();
                    }
                    JsonToken value = parser.nextToken();
                    if (value == null) {
                        throw new NotSimple();
                    }
                    object.set(name, fastValue(parser, value));
                }
                if (next != JsonToken.END_OBJECT) {
                    throw new NotSimple();
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new NotSimple();
                    }
                    array.add(fastValue(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.stringNode(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new NotSimple();
        }
    }

    private JsonNode run(byte[] bytes) throws JsonReadException {
        input = bytes;
        if (bytes.length > MAX_FILE_BYTES) {
            throw fail(
                    Location.START,
                    "",
                    "json/limit",
                    "the file is " + bytes.length + " bytes; the limit is " + MAX_FILE_BYTES + " bytes");
        }
        checkEncoding(bytes);
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw fail(Location.START, "", "json/empty", "empty document: the file must hold one JSON object");
        }
        JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes);
        try (parser) {
            JsonToken first = parser.nextToken();
            JsonNode root = readValue(parser, first, "");
            readEnd(parser);
            return root;
        } catch (StreamConstraintsException e) {
            // A constraints exception carries no location of its own: the parser's position is where it stopped.
            String rule = String.valueOf(e.getOriginalMessage()).contains("depth") ? "json/depth" : "json/limit";
            throw fail(at(parser.currentLocation()), "", rule, limitMessage(e));
        } catch (JacksonException e) {
            throw fail(at(e.getLocation()), "", rule(e), syntaxMessage(e));
        }
    }

    private void readEnd(JsonParser parser) throws JsonReadException {
        TokenStreamLocation end = parser.currentLocation();
        try {
            if (parser.nextToken() == null) {
                return;
            }
            end = parser.currentTokenLocation();
        } catch (JacksonException e) {
            end = e.getLocation() == null ? end : e.getLocation();
        }
        throw fail(
                at(end),
                "",
                "json/trailing-content",
                "trailing content after the end of the JSON document; a file holds exactly one JSON value");
    }

    private JsonNode readValue(JsonParser parser, JsonToken token, String pointer) throws JsonReadException {
        if (token == null) {
            throw fail(at(parser.currentLocation()), pointer, "json/syntax", "unexpected end of input");
        }
        locations.putIfAbsent(pointer, at(parser.currentTokenLocation()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + escape(name);
                    Location nameAt = at(parser.currentTokenLocation());
                    if (object.has(name)) {
                        throw fail(
                                nameAt,
                                child,
                                "json/duplicate-key",
                                "duplicate key \"" + name + "\": a key may appear only once in an object");
                    }
                    locations.put(child, nameAt);
                    object.set(name, readValue(parser, parser.nextToken(), child));
                }
                if (next != JsonToken.END_OBJECT) {
                    throw fail(at(parser.currentLocation()), pointer, "json/syntax", "unexpected end of input");
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw fail(at(parser.currentLocation()), pointer, "json/syntax", "unexpected end of input");
                    }
                    array.add(readValue(parser, next, pointer + "/" + array.size()));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.stringNode(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw fail(at(parser.currentTokenLocation()), pointer, "json/syntax", "unexpected " + token);
        }
    }

    private void checkEncoding(byte[] bytes) throws JsonReadException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            throw fail(
                    Location.START,
                    "",
                    "json/encoding",
                    "the file starts with a byte order mark; save it as UTF-8 without BOM");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(in);
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes);
            throw fail(
                    locationOfByte(bytes, offset),
                    "",
                    "json/encoding",
                    String.format(
                            "invalid UTF-8 at byte offset %d (byte 0x%02X); save the file as UTF-8",
                            offset, bytes[offset] & 0xff));
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static Location locationOfByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new Location(line, column);
    }

    private static String rule(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return message.startsWith("Duplicate Object property") ? "json/duplicate-key" : "json/syntax";
    }

    private static String syntaxMessage(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Unexpected end-of-input")) {
            return "unexpected end of input: the file is truncated or a bracket is not closed";
        }
        // Jackson's messages carry hints for Java developers after a newline; editors need the first line only.
        int newline = message.indexOf('\n');
        return "not valid JSON: " + (newline < 0 ? message : message.substring(0, newline));
    }

    private static String limitMessage(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int hint = message.indexOf(" (");
        return "input exceeds a limit: " + (hint < 0 ? message : message.substring(0, hint));
    }

    private Location at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return Location.START;
        }
        return new Location(location.getLineNr(), characterColumn(location));
    }

    // Jackson counts columns in bytes when it reads bytes; editors count characters, which differ after "’".
    private int characterColumn(TokenStreamLocation location) {
        int column = location.getColumnNr();
        long offset = location.getByteOffset();
        long lineStart = offset - (column - 1);
        if (input == null || offset > input.length || lineStart < 0) {
            return column;
        }
        for (int i = (int) lineStart; i < offset; i++) {
            if (input[i] < 0) {
                return new String(input, (int) lineStart, (int) (offset - lineStart), StandardCharsets.UTF_8).length()
                        + 1;
            }
        }
        return column;
    }

    private JsonReadException fail(Location location, String pointer, String rule, String message) {
        return new JsonReadException(new ContentProblem(file, location, pointer, rule, message));
    }

    /** Returns the name escaped as one JSON Pointer reference token. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
