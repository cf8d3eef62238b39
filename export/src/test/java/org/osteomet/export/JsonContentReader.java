package org.osteomet.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.CoverageKind;
import org.osteomet.core.Decision;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Range;
import org.osteomet.core.RangeUnit;
import org.osteomet.core.Route;
import org.osteomet.core.Source;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code json/osteomet.json} back into records, for round-trip tests: the inverse of {@link ContentJson}.
 *
 * <p>A key the writer does not write fails, so that an extra key cannot hide behind equal records; Jackson's
 * accessors fail on a value of the wrong type.
 */
final class JsonContentReader {
    private JsonContentReader() {}

    static Content read(byte[] bytes) {
        JsonNode root = TestJson.parse(bytes);
        keys(root, "adjudications", "claims", "concepts", "contentVersion", "coverage", "formatVersion", "sources");
        Content content = Content.of(
                list(root.get("sources"), JsonContentReader::source),
                list(root.get("concepts"), JsonContentReader::concept),
                list(root.get("claims"), JsonContentReader::claim),
                list(root.get("adjudications"), JsonContentReader::adjudication),
                list(root.get("coverage"), JsonContentReader::coverage));
        // What the writer derives must be what the records read back derive.
        for (JsonNode claim : root.get("claims")) {
            Claim read = content.claim(claim.get("id").stringValue()).orElseThrow();
            if (!claim.get("status").stringValue().equals(content.status(read).id())
                    || claim.get("corroboration").intValue() != content.corroboration(read)) {
                throw new IllegalStateException("derived fields of " + read.id() + " do not match its records");
            }
        }
        return content;
    }

    private static Coverage coverage(JsonNode n) {
        keys(n, "id", "subject", "predicate", "kind", "claim", "citations");
        return new Coverage(
                n.get("id").stringValue(),
                n.get("subject").stringValue(),
                ClaimPredicate.fromId(n.get("predicate").stringValue()).orElseThrow(),
                CoverageKind.valueOf(n.get("kind").stringValue()),
                text(n, "claim"),
                list(n.get("citations"), JsonContentReader::citation));
    }

    private static Source source(JsonNode n) {
        keys(n, "id", "publisher", "title", "dateAsStated", "date", "experts", "snapshot", "sha256");
        return new Source(
                n.get("id").stringValue(),
                n.get("publisher").stringValue(),
                n.get("title").stringValue(),
                n.get("dateAsStated").isNull() ? null : n.get("dateAsStated").stringValue(),
                n.get("date").isNull() ? null : LocalDate.parse(n.get("date").stringValue()),
                strings(n.get("experts")),
                n.get("snapshot").stringValue(),
                n.get("sha256").stringValue());
    }

    private static Concept concept(JsonNode n) {
        keys(n, "id", "kind", "name", "brandNames", "synonyms");
        return new Concept(
                n.get("id").stringValue(),
                ConceptKind.valueOf(n.get("kind").stringValue()),
                n.get("name").stringValue(),
                strings(n.get("brandNames")),
                strings(n.get("synonyms")));
    }

    private static Claim claim(JsonNode n) {
        keys(
                n,
                "id",
                "subject",
                "predicate",
                "object",
                "qualifiers",
                "citations",
                "status",
                "corroboration",
                "adjudications");
        return new Claim(
                n.get("id").stringValue(),
                n.get("subject").stringValue(),
                ClaimPredicate.fromId(n.get("predicate").stringValue()).orElseThrow(),
                object(n.get("object")),
                n.has("qualifiers") ? qualifiers(n.get("qualifiers")) : Qualifiers.NONE,
                list(n.get("citations"), JsonContentReader::citation));
    }

    private static Adjudication adjudication(JsonNode n) {
        keys(n, "id", "claims", "decision", "preferred", "rationale");
        return new Adjudication(
                n.get("id").stringValue(),
                strings(n.get("claims")),
                Decision.valueOf(n.get("decision").stringValue()),
                text(n, "preferred"),
                n.get("rationale").stringValue());
    }

    private static ClaimObject object(JsonNode n) {
        keys(n, "concept", "text", "route", "range");
        if (n.has("concept")) {
            return new ClaimObject.ConceptObject(n.get("concept").stringValue());
        }
        if (n.has("text")) {
            return new ClaimObject.TextObject(n.get("text").stringValue());
        }
        if (n.has("route")) {
            return new ClaimObject.RouteObject(Route.valueOf(n.get("route").stringValue()));
        }
        JsonNode range = n.get("range");
        keys(range, "min", "max", "unit");
        return new ClaimObject.RangeObject(new Range(
                range.has("min") ? range.get("min").intValue() : null,
                range.has("max") ? range.get("max").intValue() : null,
                RangeUnit.valueOf(range.get("unit").stringValue())));
    }

    private static Qualifiers qualifiers(JsonNode n) {
        keys(n, Qualifiers.Field.ALL.stream().map(Qualifiers.Field::wireName).toArray(String[]::new));
        Map<Qualifiers.Field, Object> values = new EnumMap<>(Qualifiers.Field.class);
        for (Qualifiers.Field field : Qualifiers.Field.ALL) {
            JsonNode value = n.get(field.wireName());
            if (value != null) {
                values.put(
                        field,
                        value.isBoolean() ? Boolean.valueOf(value.booleanValue()) : field.parse(value.stringValue()));
            }
        }
        return Qualifiers.of(values);
    }

    private static Citation citation(JsonNode n) {
        keys(n, "source", "quote", "prefix", "suffix", "selector");
        return new Citation(
                n.get("source").stringValue(),
                n.get("quote").stringValue(),
                n.has("prefix") ? n.get("prefix").stringValue() : null,
                n.has("suffix") ? n.get("suffix").stringValue() : null);
    }

    private static void keys(JsonNode object, String... allowed) {
        for (String key : object.propertyNames()) {
            if (!Set.of(allowed).contains(key)) {
                throw new IllegalArgumentException("the writer never writes the key " + key + " here: " + object);
            }
        }
    }

    private static String text(JsonNode object, String key) {
        return object.has(key) ? object.get(key).stringValue() : null;
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::stringValue);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("not an array: " + array);
        }
        List<T> values = new ArrayList<>();
        array.forEach(item -> values.add(element.apply(item)));
        return values;
    }
}
