package org.osteomet.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Comparison;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Decision;
import org.osteomet.core.Frequency;
import org.osteomet.core.Hedge;
import org.osteomet.core.Predicate;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Range;
import org.osteomet.core.RangeUnit;
import org.osteomet.core.Route;
import org.osteomet.core.Seriousness;
import org.osteomet.core.Source;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code json/osteomet.json} back into records: the inverse of {@link ContentJson#document}.
 *
 * <p>Strict: unknown or missing properties, wrong types, unknown enum names and duplicate keys are errors.
 */
final class JsonContentReader {
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private JsonContentReader() {}

    /**
     * Reads an exported {@code osteomet.json}.
     *
     * @param file the file; not null, not a symbolic link
     * @return the content it holds
     * @throws ExportException if the file cannot be read or does not hold valid content, naming the file
     */
    static Content read(Path file) throws ExportException {
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ExportException("cannot read " + file + ": it is not a regular file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ExportException("cannot read " + file + ": it is larger than " + MAX_BYTES + " bytes.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExportException(
                    "cannot read " + file + ": " + e.getClass().getSimpleName() + ".", e);
        }
        return read(bytes, file.toString());
    }

    /** Reads the bytes of an exported {@code osteomet.json}; {@code name} is used in messages. */
    static Content read(byte[] bytes, String name) throws ExportException {
        try {
            JsonNode root = StrictJson.parse(bytes);
            Node doc = new Node(root, "");
            doc.keys(
                    Set.of("formatVersion", "contentVersion", "sources", "concepts", "claims", "adjudications"),
                    Set.of());
            int version = doc.get("formatVersion").integer();
            if (version != ContentJson.FORMAT_VERSION) {
                throw doc.get("formatVersion").fail("unsupported format version " + version);
            }
            doc.get("contentVersion").string();
            return Content.of(
                    doc.get("sources").list(JsonContentReader::source),
                    doc.get("concepts").list(JsonContentReader::concept),
                    doc.get("claims").list(JsonContentReader::claim),
                    doc.get("adjudications").list(JsonContentReader::adjudication));
        } catch (BindException e) {
            throw new ExportException("cannot read " + name + ": " + e.pointer + ": " + e.getMessage() + ".", e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ExportException("cannot read " + name + ": not strict JSON (" + firstLine(e) + ").", e);
        }
    }

    static Source source(Node n) {
        n.keys(Set.of("id", "publisher", "title", "dateAsStated", "date", "experts", "snapshot", "sha256"), Set.of());
        Node date = n.get("date");
        LocalDate parsed = date.isNull() ? null : date.date();
        return n.construct(() -> new Source(
                n.get("id").string(),
                n.get("publisher").string(),
                n.get("title").string(),
                n.get("dateAsStated").nullableString(),
                parsed,
                n.get("experts").strings(),
                n.get("snapshot").string(),
                n.get("sha256").string()));
    }

    static Concept concept(Node n) {
        n.keys(Set.of("id", "kind", "name", "brandNames", "synonyms"), Set.of());
        return n.construct(() -> new Concept(
                n.get("id").string(),
                n.get("kind").enumValue(ConceptKind.class),
                n.get("name").string(),
                n.get("brandNames").strings(),
                n.get("synonyms").strings()));
    }

    static Claim claim(Node n) {
        n.keys(Set.of("id", "subject", "predicate", "object", "citations"), Set.of("qualifiers"));
        Node predicate = n.get("predicate");
        Predicate p = Predicate.fromId(predicate.string())
                .orElseThrow(() -> predicate.fail("unknown predicate; allowed: "
                        + Arrays.stream(Predicate.values()).map(Predicate::id).toList()));
        Qualifiers qualifiers = n.has("qualifiers") ? qualifiers(n.get("qualifiers")) : Qualifiers.NONE;
        return n.construct(() -> new Claim(
                n.get("id").string(),
                n.get("subject").string(),
                p,
                object(n.get("object")),
                qualifiers,
                n.get("citations").list(JsonContentReader::citation)));
    }

    static Adjudication adjudication(Node n) {
        n.keys(Set.of("id", "claims", "decision", "rationale"), Set.of("preferred"));
        return n.construct(() -> new Adjudication(
                n.get("id").string(),
                n.get("claims").strings(),
                n.get("decision").enumValue(Decision.class),
                n.has("preferred") ? n.get("preferred").string() : null,
                n.get("rationale").string()));
    }

    private static ClaimObject object(Node n) {
        n.keys(Set.of(), Set.of("concept", "text", "route", "range"));
        if (n.node.size() != 1) {
            throw n.fail("must have exactly one of concept, text, route, range");
        }
        String key = n.node.propertyNames().iterator().next();
        Node value = n.get(key);
        return n.construct(() -> switch (key) {
            case "concept" -> new ClaimObject.ConceptObject(value.string());
            case "text" -> new ClaimObject.TextObject(value.string());
            case "route" -> new ClaimObject.RouteObject(value.enumValue(Route.class));
            default -> new ClaimObject.RangeObject(range(value));
        });
    }

    private static Range range(Node n) {
        n.keys(Set.of("unit"), Set.of("min", "max"));
        Integer min = n.has("min") ? n.get("min").integer() : null;
        Integer max = n.has("max") ? n.get("max").integer() : null;
        RangeUnit unit = n.get("unit").enumValue(RangeUnit.class);
        return n.construct(() -> new Range(min, max, unit));
    }

    private static Qualifiers qualifiers(Node n) {
        n.keys(
                Set.of(),
                Set.of(
                        "frequency",
                        "seriousness",
                        "hedge",
                        "negated",
                        "population",
                        "context",
                        "comparison",
                        "aspect"));
        if (n.has("negated") && !n.get("negated").bool()) {
            // false is written by leaving the key out, so that one record has one canonical form.
            throw n.get("negated").fail("must be true or absent");
        }
        return n.construct(() -> new Qualifiers(
                n.has("frequency") ? n.get("frequency").enumValue(Frequency.class) : null,
                n.has("seriousness") ? n.get("seriousness").enumValue(Seriousness.class) : null,
                n.has("hedge") ? n.get("hedge").enumValue(Hedge.class) : null,
                n.has("negated"),
                n.has("population") ? n.get("population").string() : null,
                n.has("context") ? n.get("context").string() : null,
                n.has("comparison") ? n.get("comparison").enumValue(Comparison.class) : null,
                n.has("aspect") ? n.get("aspect").string() : null));
    }

    private static Citation citation(Node n) {
        n.keys(Set.of("source", "quote"), Set.of());
        return n.construct(
                () -> new Citation(n.get("source").string(), n.get("quote").string()));
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        message = String.valueOf(message);
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A problem at a JSON Pointer. */
    static final class BindException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String pointer;

        BindException(String pointer, String message) {
            super(message);
            this.pointer = pointer.isEmpty() ? "/" : pointer;
        }
    }

    /** A value with its JSON Pointer, and typed accessors that fail with that pointer. */
    static final class Node {
        final JsonNode node;
        final String pointer;

        Node(JsonNode node, String pointer) {
            this.node = node;
            this.pointer = pointer;
        }

        BindException fail(String message) {
            return new BindException(pointer, message);
        }

        void keys(Set<String> required, Set<String> optional) {
            if (!node.isObject()) {
                throw fail("must be an object");
            }
            Set<String> allowed = new TreeSet<>(required);
            allowed.addAll(optional);
            for (String key : node.propertyNames()) {
                if (!allowed.contains(key)) {
                    throw new BindException(pointer + "/" + key, "unknown property; allowed: " + allowed);
                }
            }
            for (String key : new TreeSet<>(required)) {
                if (!node.has(key)) {
                    throw fail("missing required property \"" + key + "\"");
                }
            }
        }

        boolean has(String key) {
            return node.has(key);
        }

        boolean isNull() {
            return node.isNull();
        }

        Node get(String key) {
            return new Node(
                    node.get(key), pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
        }

        String string() {
            if (!node.isString()) {
                throw fail("must be a string");
            }
            return node.stringValue();
        }

        String nullableString() {
            return node.isNull() ? null : string();
        }

        int integer() {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw fail("must be an integer");
            }
            return node.intValue();
        }

        boolean bool() {
            if (!node.isBoolean()) {
                throw fail("must be true or false");
            }
            return node.booleanValue();
        }

        LocalDate date() {
            String text = string();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw fail("must be a date as yyyy-mm-dd");
            }
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            String text = string();
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(text)) {
                    return value;
                }
            }
            throw fail(
                    "must be one of " + Arrays.toString(type.getEnumConstants()).toUpperCase(Locale.ROOT));
        }

        List<String> strings() {
            return list(Node::string);
        }

        <T> List<T> list(Function<Node, T> element) {
            if (!node.isArray()) {
                throw fail("must be an array");
            }
            List<T> values = new ArrayList<>();
            Iterator<JsonNode> elements = node.iterator();
            for (int i = 0; elements.hasNext(); i++) {
                values.add(element.apply(new Node(elements.next(), pointer + "/" + i)));
            }
            return values;
        }

        <T> T construct(java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (BindException e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                throw fail(e.getMessage());
            }
        }
    }
}
