package org.osteomet.content.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.osteomet.content.ContentProblem;
import org.osteomet.content.Location;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses one file as strict RFC 8259 JSON in UTF-8 and records where every value is.
 *
 * <p>Rejects what Jackson accepts by default: an empty document, duplicate keys, trailing content, comments,
 * single quotes, trailing commas, {@code NaN}, leading zeros, invalid UTF-8, a byte order mark, and inputs over
 * the limits below. Numbers keep their exact value: a fraction is never rounded to an integer or to infinity.
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

    // Duplicate keys are refused by the tree reader (FAIL_ON_READING_DUP_TREE_KEY), not by the parser
    // (STRICT_DUPLICATE_DETECTION): the reader's failure has a type of its own, the parser's is a plain
    // StreamReadException like any syntax error. Jackson parses the decoded characters, so that its columns
    // count characters, not bytes.
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxDocumentLength(MAX_FILE_BYTES)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // checkEnd refuses trailing content itself: Jackson's check words "{} xyz" as a bad token and
            // throws the same exception type for trailing content as for a duplicate key.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final String file;
    private final char[] text;
    private final int length;

    private StrictJsonParser(String file, CharBuffer decoded) {
        this.file = file;
        this.text = decoded.array();
        this.length = decoded.limit();
    }

    /**
     * Parses the bytes of one file.
     *
     * @param file the file's path relative to the content folder, used in problems; not null
     * @param bytes the file's content; not null
     * @return the document with the location of every value
     * @throws JsonReadException if the bytes are not strict JSON, with the problem's location, pointer and rule
     */
    public static JsonDocument parse(String file, byte[] bytes) throws JsonReadException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw fail(
                    file,
                    Location.START,
                    "",
                    "json/limit",
                    "the file is " + bytes.length + " bytes; the limit is " + MAX_FILE_BYTES + " bytes");
        }
        return new StrictJsonParser(file, decode(file, bytes)).run();
    }

    private JsonDocument run() throws JsonReadException {
        Recorder parser = new Recorder(MAPPER.createParser(text, 0, length));
        try (parser) {
            if (parser.nextToken() == null) {
                throw fail(
                        file, Location.START, "", "json/empty", "empty document: the file must hold one JSON object");
            }
            JsonNode root = MAPPER.readTree(parser);
            checkEnd(parser);
            return new JsonDocument(file, root, parser.locations(file, lineStarts(text, length)));
        } catch (StreamConstraintsException e) {
            // A constraints exception carries no location of its own: the parser's position is where it stopped.
            TokenStreamLocation at = parser.currentLocation();
            String rule = opensContainer(at) ? "json/depth" : "json/limit";
            throw fail(file, at(at), pointer(parser), rule, limitMessage(e));
        } catch (MismatchedInputException e) {
            // The tree reader's only mismatch on plain JSON: a key already present in the object. It is found when
            // the second value is complete or, for an object or array, as it opens: the path ends at the key either
            // way.
            JsonPointer path = parser.streamReadContext().pathAsPointer();
            String pointer = path.toString();
            String name = path.last().getMatchingProperty();
            throw fail(
                    file,
                    parser.locations(file, lineStarts(text, length)).locate(pointer),
                    pointer,
                    "json/duplicate-key",
                    "duplicate key \"" + name + "\": a key may appear only once in an object");
        } catch (JacksonException e) {
            throw fail(file, at(e.getLocation()), pointer(parser), "json/syntax", syntaxMessage(e, parser));
        } catch (NumberFormatException e) {
            // A number within the length limit whose exponent BigDecimal cannot hold, such as 1E9999999999.
            throw fail(
                    file,
                    at(parser.currentTokenLocation()),
                    pointer(parser),
                    "json/limit",
                    "input exceeds a limit: the number's exponent is out of range");
        }
    }

    private void checkEnd(JsonParser parser) throws JsonReadException {
        TokenStreamLocation end;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            end = parser.currentTokenLocation();
        } catch (JacksonException e) {
            end = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
        }
        throw fail(
                file,
                at(end),
                "",
                "json/trailing-content",
                "trailing content after the end of the JSON document; a file holds exactly one JSON value");
    }

    private static CharBuffer decode(String file, byte[] bytes) throws JsonReadException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            throw fail(
                    file,
                    Location.START,
                    "",
                    "json/encoding",
                    "the file starts with a byte order mark; save it as UTF-8 without BOM");
        }
        if (looksLikeUtf16(bytes)) {
            throw fail(file, Location.START, "", "json/encoding", "the file looks like UTF-16; save the file as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw fail(
                    file,
                    ParsedFile.location(lineStarts(out.array(), out.position()), out.position()),
                    "",
                    "json/encoding",
                    String.format(
                            "invalid UTF-8 at byte offset %d (byte 0x%02X); save the file as UTF-8",
                            offset, bytes[offset] & 0xff));
        }
        return out.flip();
    }

    // JSON text starts with an ASCII character, so UTF-16 shows a NUL in one of its first two bytes, with or without
    // a byte order mark; a NUL is never valid in UTF-8 JSON, where control characters must be escaped.
    private static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length < 2) {
            return bytes.length == 1 && bytes[0] == 0;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean byteOrderMark = (first == 0xfe && second == 0xff) || (first == 0xff && second == 0xfe);
        return byteOrderMark || first == 0 || second == 0;
    }

    /** Returns the character offset at which each line starts; a line ends at LF, CR LF or a lone CR, as in Jackson. */
    private static int[] lineStarts(char[] text, int length) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == length || text[i + 1] != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    // The nesting limit is checked as a bracket opens; every other limit inside a string, name or number.
    private boolean opensContainer(TokenStreamLocation at) {
        long offset = at.getCharOffset();
        return offset > 0 && offset <= length && (text[(int) offset - 1] == '[' || text[(int) offset - 1] == '{');
    }

    private static String pointer(JsonParser parser) {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    private String syntaxMessage(JacksonException e, JsonParser parser) {
        // Jackson throws its end-of-input type from most places but a plain exception after a comma; a parser
        // that consumed every character ran out of input either way.
        if (e instanceof UnexpectedEndOfInputException
                || parser.currentLocation().getCharOffset() >= length) {
            return "unexpected end of input: the file is truncated or a bracket is not closed";
        }
        // Jackson's messages carry hints for Java developers after a newline; editors need the first line only.
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        return "not valid JSON: " + (newline < 0 ? message : message.substring(0, newline));
    }

    private static String limitMessage(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int hint = message.indexOf(" (");
        return "input exceeds a limit: " + (hint < 0 ? message : message.substring(0, hint));
    }

    private static Location at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return Location.START;
        }
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    private static JsonReadException fail(String file, Location location, String pointer, String rule, String message) {
        return new JsonReadException(new ContentProblem(file, location, pointer, rule, message));
    }

    /**
     * Escapes a member name as one JSON Pointer reference token ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
     *
     * @param name the member name; not null
     * @return the reference token
     */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Notes where each value starts, in document order, as Jackson's tree reader pulls the tokens through; Jackson
     * builds the tree.
     *
     * <p>A value is noted by its character offset (an object member's by its name's), its depth, and its member
     * name: no pointer strings, which would take more memory than the records.
     */
    private static final class Recorder extends JsonParserDelegate {
        private int[] offsets = new int[64];
        private byte[] depths = new byte[64];
        private String[] names = new String[64];
        private int count;
        private int depth;
        private String pendingName;
        private int pendingOffset;

        Recorder(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = delegate.nextToken();
            note(token);
            return token;
        }

        @Override
        public String nextName() {
            String name = delegate.nextName();
            note(delegate.currentToken());
            return name;
        }

        private void note(JsonToken token) {
            if (token == null) {
                return;
            }
            if (token == JsonToken.PROPERTY_NAME) {
                pendingName = delegate.currentName();
                pendingOffset = (int) delegate.currentTokenLocation().getCharOffset();
            } else if (token.isStructEnd()) {
                depth--;
            } else {
                value(token);
            }
        }

        private void value(JsonToken token) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
                depths = Arrays.copyOf(depths, count * 2);
                names = Arrays.copyOf(names, count * 2);
            }
            offsets[count] =
                    pendingName == null ? (int) delegate.currentTokenLocation().getCharOffset() : pendingOffset;
            depths[count] = (byte) depth;
            names[count] = pendingName;
            count++;
            pendingName = null;
            if (token.isStructStart()) {
                depth++;
            }
        }

        ParsedFile locations(String file, int[] lineStarts) {
            return new ParsedFile(
                    file,
                    lineStarts,
                    Arrays.copyOf(offsets, count),
                    Arrays.copyOf(depths, count),
                    Arrays.copyOf(names, count));
        }
    }
}
