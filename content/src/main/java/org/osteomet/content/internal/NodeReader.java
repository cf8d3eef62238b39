package org.osteomet.content.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.osteomet.content.ContentProblem;
import tools.jackson.databind.JsonNode;

/** Reads typed values out of one document's tree, turning every mismatch into a located problem. */
final class NodeReader {
    private final JsonDocument document;
    private final List<ContentProblem> problems;

    NodeReader(JsonDocument document, List<ContentProblem> problems) {
        this.document = document;
        this.problems = problems;
    }

    int problemCount() {
        return problems.size();
    }

    void problem(String pointer, String rule, String message) {
        problems.add(document.problem(pointer, rule, message));
    }

    /** Checks that the node is an object with only the allowed keys and all the required ones. */
    boolean object(JsonNode node, String pointer, Set<String> required, Set<String> optional) {
        if (!hasType(node, pointer, JsonNode::isObject, "an object")) {
            return false;
        }
        boolean ok = true;
        for (String name : node.propertyNames()) {
            if (!required.contains(name) && !optional.contains(name)) {
                List<String> allowed = new ArrayList<>(required);
                allowed.addAll(optional);
                allowed.sort(null);
                problem(
                        pointer + "/" + StrictJsonParser.escape(name),
                        "json/unknown-property",
                        "unknown property \"" + name + "\"; allowed: " + String.join(", ", allowed));
                ok = false;
            }
        }
        if (!required.stream().allMatch(node::has)) {
            for (String name : required.stream().sorted().toList()) {
                if (!node.has(name)) {
                    problem(pointer, "json/required", "missing required property \"" + name + "\"");
                    ok = false;
                }
            }
        }
        return ok;
    }

    /** Returns whether the node has the type, reporting "must be {@code expected}" if it has not. */
    private boolean hasType(JsonNode node, String pointer, Predicate<JsonNode> type, String expected) {
        if (node != null && type.test(node)) {
            return true;
        }
        problem(pointer, "json/type", "must be " + expected + ", found " + describe(node));
        return false;
    }

    String string(JsonNode node, String pointer) {
        return hasType(node, pointer, JsonNode::isString, "a string") ? node.stringValue() : null;
    }

    String nullableString(JsonNode node, String pointer) {
        return node == null || node.isNull() ? null : string(node, pointer);
    }

    Integer integer(JsonNode node, String pointer) {
        if (!hasType(node, pointer, JsonNode::isIntegralNumber, "a whole number such as 4")) {
            return null;
        }
        BigInteger value = node.bigIntegerValue();
        if (value.signum() < 0 || value.bitLength() > 31) {
            problem(pointer, "json/value", "must be a whole number from 0 to " + Integer.MAX_VALUE);
            return null;
        }
        return value.intValue();
    }

    Boolean bool(JsonNode node, String pointer) {
        return hasType(node, pointer, JsonNode::isBoolean, "true or false") ? node.booleanValue() : null;
    }

    LocalDate date(JsonNode node, String pointer) {
        String text = nullableString(node, pointer);
        if (text == null) {
            return null;
        }
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("shape", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(pointer, "json/value", "\"" + text + "\" is not a calendar date in the form yyyy-mm-dd");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String pointer, Class<E> type) {
        return choice(node, pointer, Arrays.asList(type.getEnumConstants()), Enum::name);
    }

    <T> T choice(JsonNode node, String pointer, List<T> values, Function<T, String> name) {
        if (node != null && node.isString()) {
            String text = node.stringValue();
            for (T value : values) {
                if (name.apply(value).equals(text)) {
                    return value;
                }
            }
        }
        String allowed = values.stream().map(name).collect(Collectors.joining(", "));
        if (!hasType(node, pointer, JsonNode::isString, "one of " + allowed + " (as a string)")) {
            return null;
        }
        String text = node.stringValue();
        String hint = values.stream()
                .map(name)
                .filter(n -> n.equalsIgnoreCase(text))
                .findFirst()
                .map(n -> " (did you mean " + n + "?)")
                .orElse("");
        problem(pointer, "json/enum", "\"" + text + "\" is not allowed" + hint + "; allowed: " + allowed);
        return null;
    }

    List<String> strings(JsonNode node, String pointer) {
        if (!hasType(node, pointer, JsonNode::isArray, "an array of strings")) {
            return null;
        }
        List<String> result = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            String value = string(node.get(i), pointer + "/" + i);
            ok &= value != null;
            result.add(value);
        }
        return ok ? result : null;
    }

    Iterator<JsonNode> array(JsonNode node, String pointer) {
        if (!hasType(node, pointer, JsonNode::isArray, "an array")) {
            return List.<JsonNode>of().iterator();
        }
        return node.values().iterator();
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "the string \"" + abbreviate(node.stringValue()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.numberValue();
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        return node.isArray() ? "an array" : "an object";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
