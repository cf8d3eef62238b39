package org.osteomet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Serialises JSON trees byte for byte the same on every machine: LF line ends, two-space indent, fixed escaping.
 *
 * <p>Jackson's own pretty printer takes the platform line separator and writes {@code "a" : 1}; this writer
 * depends on neither the platform nor Jackson's defaults.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    /** Returns the tree indented by two spaces, with object keys sorted, ending with a newline. */
    static String pretty(JsonNode node) {
        return pretty(node, true);
    }

    /** Returns the tree indented by two spaces, keys sorted or in insertion order, ending with a newline. */
    static String pretty(JsonNode node, boolean sortKeys) {
        StringBuilder out = new StringBuilder();
        write(node, out, sortKeys, 0);
        return out.append('\n').toString();
    }

    /** Returns the tree on one line without spaces, keys sorted or in insertion order, without a newline. */
    static String compact(JsonNode node, boolean sortKeys) {
        StringBuilder out = new StringBuilder();
        write(node, out, sortKeys, -1);
        return out.toString();
    }

    /**
     * Writes the tree as {@link #pretty(JsonNode, boolean)} does, indented as if nested at the given depth, without
     * the final newline.
     */
    static void pretty(JsonNode node, boolean sortKeys, int depth, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        write(node, text, sortKeys, depth);
        out.append(text);
    }

    /** Writes the tree as {@link #compact(JsonNode, boolean)} does. */
    static void compact(JsonNode node, boolean sortKeys, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        write(node, text, sortKeys, -1);
        out.append(text);
    }

    private static void write(JsonNode node, StringBuilder out, boolean sortKeys, int depth) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            if (sortKeys) {
                entries.sort(Map.Entry.comparingByKey());
            }
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                separate(out, i, depth);
                string(entries.get(i).getKey(), out);
                out.append(depth < 0 ? ":" : ": ");
                write(entries.get(i).getValue(), out, sortKeys, depth < 0 ? -1 : depth + 1);
            }
            close(out, entries.isEmpty(), depth, '}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                separate(out, i, depth);
                write(node.get(i), out, sortKeys, depth < 0 ? -1 : depth + 1);
            }
            close(out, node.isEmpty(), depth, ']');
        } else if (node.isString()) {
            string(node.stringValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else if (node.isNumber()) {
            // Decimals would need a canonical form; osteomet has none, so refuse rather than guess one.
            throw new IllegalArgumentException("canonical JSON holds integers only, not " + node);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void separate(StringBuilder out, int index, int depth) {
        if (index > 0) {
            out.append(',');
        }
        if (depth >= 0) {
            out.append('\n');
            indent(out, depth + 1);
        }
    }

    private static void close(StringBuilder out, boolean empty, int depth, char bracket) {
        if (!empty && depth >= 0) {
            out.append('\n');
            indent(out, depth);
        }
        out.append(bracket);
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    /** Appends the string as a JSON string literal: only what RFC 8259 requires is escaped, plus lone surrogates. */
    static void string(String value, StringBuilder out) {
        if (isPlain(value)) {
            out.append('"').append(value).append('"');
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(value, i)) {
                        // A lone surrogate has no UTF-8 form; escaped, it survives the round trip.
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Returns whether no character needs escaping or a surrogate check, the common case in a large export. */
    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLoneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
