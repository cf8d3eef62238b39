package org.osteomet.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON through Jackson's generator the same way on every machine: UTF-8, LF line ends, fixed escaping.
 *
 * <p>Only what RFC 8259 requires is escaped, in lower-case hex, and {@code /} is not. Lone surrogates, which have
 * no UTF-8 form, are escaped too: Jackson's UTF-8 generator does so, its {@code Writer} generator does not, which is
 * why everything here writes bytes. Pretty output is indented by two spaces with {@code "a": 1}; Jackson's default
 * pretty printer would take the platform line separator and write {@code "a" : 1}. Decimals are written as Jackson
 * writes them; osteomet's output holds integers only.
 */
final class JsonOutput {
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                    .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                    // The caller owns the stream: the folder writer forces it to disk before closing it.
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .build();

    private static final ObjectWriter SORTED = MAPPER.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);
    private static final ObjectWriter AS_BUILT = MAPPER.writer();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonOutput() {}

    /**
     * Writes one pretty document, ending with a newline.
     *
     * @param out receives the UTF-8 bytes; not closed
     * @param sortKeys whether the keys of every tree written are sorted, or kept in insertion order
     * @param body writes the one root value through the generator it is given
     * @throws IOException if {@code out} fails; Jackson's unchecked wrapper is taken off, so that the export reports
     *     it as a failed write
     */
    static void document(OutputStream out, boolean sortKeys, Consumer<JsonGenerator> body) throws IOException {
        try (JsonGenerator generator = writer(sortKeys).with(PRETTY).createGenerator(out)) {
            body.accept(generator);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    /**
     * Writes one compact document, ending with a newline: for files that programs read, such as FHIR bundles, where
     * indentation would be a third of the bytes.
     *
     * @param out receives the UTF-8 bytes; not closed
     * @param sortKeys whether keys are sorted, or kept in insertion order
     * @param body writes the document's one value
     */
    static void compactDocument(OutputStream out, boolean sortKeys, Consumer<JsonGenerator> body) throws IOException {
        try (JsonGenerator generator = writer(sortKeys).createGenerator(out)) {
            body.accept(generator);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    /** Writes one pretty document holding the tree, ending with a newline; see {@link #document}. */
    static void document(OutputStream out, boolean sortKeys, JsonNode tree) throws IOException {
        document(out, sortKeys, generator -> generator.writeTree(tree));
    }

    /**
     * Writes each item as one compact line ending with a newline, turning it into a tree only as it is written.
     *
     * @param out receives the UTF-8 bytes; not closed
     * @param sortKeys whether keys are sorted, or kept in insertion order
     */
    static <T> void lines(
            OutputStream out, boolean sortKeys, Iterable<T> items, Function<? super T, ? extends JsonNode> toJson)
            throws IOException {
        try (JsonGenerator generator =
                writer(sortKeys).withRootValueSeparator((String) null).createGenerator(out)) {
            for (T item : items) {
                generator.writeTree(toJson.apply(item));
                generator.writeRaw('\n');
            }
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** Writes a property holding an array whose items are turned into trees one at a time, as they are written. */
    static <T> void array(
            JsonGenerator generator, String name, Iterable<T> items, Function<? super T, ? extends JsonNode> toJson) {
        generator.writeArrayPropertyStart(name);
        for (T item : items) {
            generator.writeTree(toJson.apply(item));
        }
        generator.writeEndArray();
    }

    /** Returns the tree on one line without spaces, keys sorted, without a newline. */
    static String compact(JsonNode tree) {
        return new String(SORTED.writeValueAsBytes(tree), StandardCharsets.UTF_8);
    }

    private static ObjectWriter writer(boolean sortKeys) {
        return sortKeys ? SORTED : AS_BUILT;
    }
}
