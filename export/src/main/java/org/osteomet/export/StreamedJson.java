package org.osteomet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Writes a pretty JSON document in parts, so that a long array is written item by item and never held whole.
 *
 * <p>The bytes are those {@link CanonicalJson#pretty(JsonNode, boolean)} gives for the same tree.
 */
final class StreamedJson {
    /** A JSON value that writes itself at a given depth of a pretty document. */
    interface Part {
        void writeTo(Writer out, int depth) throws IOException;
    }

    private StreamedJson() {}

    /** Writes the document, ending with a newline. */
    static void document(Part root, Writer out) throws IOException {
        root.writeTo(out, 0);
        out.write('\n');
    }

    /** Returns a part holding a whole tree, keys sorted or in insertion order. */
    static Part value(JsonNode node, boolean sortKeys) {
        return (out, depth) -> CanonicalJson.pretty(node, sortKeys, depth, out);
    }

    /** Returns an object with the given fields, in the map's iteration order. */
    static Part object(Map<String, Part> fields) {
        return (out, depth) -> {
            out.write('{');
            int i = 0;
            for (Map.Entry<String, Part> field : fields.entrySet()) {
                separate(out, i++, depth);
                StringBuilder key = new StringBuilder();
                CanonicalJson.string(field.getKey(), key);
                out.append(key).append(": ");
                field.getValue().writeTo(out, depth + 1);
            }
            close(out, fields.isEmpty(), depth, '}');
        };
    }

    /** Returns an array whose items are turned into trees one at a time, as they are written. */
    static <T> Part array(Iterable<T> items, Function<? super T, ? extends JsonNode> toJson, boolean sortKeys) {
        return (out, depth) -> {
            out.write('[');
            Iterator<T> iterator = items.iterator();
            int i = 0;
            while (iterator.hasNext()) {
                separate(out, i++, depth);
                CanonicalJson.pretty(toJson.apply(iterator.next()), sortKeys, depth + 1, out);
            }
            close(out, i == 0, depth, ']');
        };
    }

    private static void separate(Writer out, int index, int depth) throws IOException {
        if (index > 0) {
            out.write(',');
        }
        out.write('\n');
        out.write("  ".repeat(depth + 1));
    }

    private static void close(Writer out, boolean empty, int depth, char bracket) throws IOException {
        if (!empty) {
            out.write('\n');
            out.write("  ".repeat(depth));
        }
        out.write(bracket);
    }
}
