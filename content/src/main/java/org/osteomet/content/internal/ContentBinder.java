package org.osteomet.content.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.ClaimPredicate;
import org.osteomet.core.Concept;
import org.osteomet.core.ConceptKind;
import org.osteomet.core.Coverage;
import org.osteomet.core.CoverageKind;
import org.osteomet.core.Decision;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.Range;
import org.osteomet.core.RangeUnit;
import org.osteomet.core.Route;
import org.osteomet.core.Source;
import tools.jackson.databind.JsonNode;

/** Turns parsed content documents into records, reporting every value that does not fit with its pointer. */
final class ContentBinder {
    private static final Set<String> NONE = Set.of();
    private static final Set<String> COVERAGE_KEY = Set.of("coverage");
    private static final Set<String> CLAIM_REQUIRED = Set.of("id", "subject", "predicate", "object", "citations");
    private static final Set<String> QUALIFIER_KEYS = Qualifiers.Field.ALL.stream()
            .map(Qualifiers.Field::wireName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Map<String, ObjectReader> OBJECT_READERS = Map.of(
            "concept",
                    (r, n, p) -> {
                        String id = r.string(n, p);
                        return id == null ? null : new ClaimObject.ConceptObject(id);
                    },
            "text",
                    (r, n, p) -> {
                        String text = r.string(n, p);
                        return text == null ? null : new ClaimObject.TextObject(text);
                    },
            "route",
                    (r, n, p) -> {
                        Route route = r.enumValue(n, p, Route.class);
                        return route == null ? null : new ClaimObject.RouteObject(route);
                    },
            "range", ContentBinder::range);

    private final ContentFiles.Builder out;
    private final Interner interner;

    ContentBinder(ContentFiles.Builder out, Interner interner) {
        this.out = out;
        this.interner = interner;
    }

    /** Binds one document according to the kind of file its path names. */
    void bind(JsonDocument document, ContentLayout.FileKind kind) {
        NodeReader r = new NodeReader(document, out.problems());
        JsonNode root = document.root();
        switch (kind) {
            case SOURCES -> {
                if (r.object(root, "", Set.of("sources"), NONE)) {
                    forEach(r, root.get("sources"), "/sources", (n, p) -> source(r, document, n, p));
                }
            }
            case TREATMENT -> {
                if (r.object(root, "", Set.of("concept", "claims"), COVERAGE_KEY)) {
                    concept(r, document, root.get("concept"), "/concept");
                    forEach(r, root.get("claims"), "/claims", (n, p) -> claim(r, document, n, p));
                    coverage(r, document, root);
                }
            }
            case SHARED_CONCEPTS -> {
                if (r.object(root, "", Set.of("concepts", "claims"), COVERAGE_KEY)) {
                    forEach(r, root.get("concepts"), "/concepts", (n, p) -> concept(r, document, n, p));
                    forEach(r, root.get("claims"), "/claims", (n, p) -> claim(r, document, n, p));
                    coverage(r, document, root);
                }
            }
            case ADJUDICATIONS -> {
                if (r.object(root, "", Set.of("adjudications"), NONE)) {
                    forEach(r, root.get("adjudications"), "/adjudications", (n, p) -> adjudication(r, document, n, p));
                }
            }
        }
    }

    /**
     * Notes the claims of a document that cite no source, whether or not the document is then bound: such a claim
     * never becomes a record, and the rule that reports it must see it even in a file that fails its schema.
     */
    void noteUncitedClaims(JsonDocument document, ContentLayout.FileKind kind) {
        JsonNode claims = document.root().path("claims");
        if (kind == ContentLayout.FileKind.SOURCES
                || kind == ContentLayout.FileKind.ADJUDICATIONS
                || !claims.isArray()) {
            return;
        }
        for (int i = 0; i < claims.size(); i++) {
            JsonNode n = claims.get(i);
            if (n.isObject()
                    && (!n.path("citations").isArray() || n.path("citations").isEmpty())) {
                JsonNode id = n.path("id");
                out.uncitedClaims()
                        .add(new Located<>(id.isString() ? id.asString() : "?", document.file(), "/claims/" + i));
            }
        }
    }

    private interface ElementReader {
        void read(JsonNode node, String pointer);
    }

    private interface ObjectReader {
        ClaimObject read(NodeReader reader, JsonNode node, String pointer);
    }

    private static void forEach(NodeReader r, JsonNode array, String pointer, ElementReader reader) {
        Iterator<JsonNode> elements = r.array(array, pointer);
        for (int i = 0; elements.hasNext(); i++) {
            reader.read(elements.next(), pointer + "/" + i);
        }
    }

    private void source(NodeReader r, JsonDocument document, JsonNode n, String p) {
        if (!r.object(
                n,
                p,
                Set.of("id", "publisher", "title", "dateAsStated", "date", "experts", "snapshot", "sha256"),
                NONE)) {
            return;
        }
        String id = r.string(n.get("id"), p + "/id");
        String publisher = r.string(n.get("publisher"), p + "/publisher");
        String title = r.string(n.get("title"), p + "/title");
        String dateAsStated = r.nullableString(n.get("dateAsStated"), p + "/dateAsStated");
        var date = r.date(n.get("date"), p + "/date");
        List<String> experts = r.strings(n.get("experts"), p + "/experts");
        String snapshot = r.string(n.get("snapshot"), p + "/snapshot");
        String sha256 = r.string(n.get("sha256"), p + "/sha256");
        if (allPresent(id, publisher, title, experts, snapshot, sha256)
                && (n.get("date").isNull() || date != null)) {
            construct(r, p, () -> new Source(id, publisher, title, dateAsStated, date, experts, snapshot, sha256))
                    .ifPresent(s -> out.sources().add(new Located<>(s, document.file(), p)));
        }
    }

    private void concept(NodeReader r, JsonDocument document, JsonNode n, String p) {
        if (!r.object(n, p, Set.of("id", "kind", "name", "brandNames", "synonyms"), NONE)) {
            return;
        }
        String id = r.string(n.get("id"), p + "/id");
        ConceptKind kind = r.enumValue(n.get("kind"), p + "/kind", ConceptKind.class);
        String name = r.string(n.get("name"), p + "/name");
        List<String> brandNames = r.strings(n.get("brandNames"), p + "/brandNames");
        List<String> synonyms = r.strings(n.get("synonyms"), p + "/synonyms");
        if (allPresent(id, kind, name, brandNames, synonyms)) {
            construct(r, p, () -> new Concept(id, kind, name, brandNames, synonyms))
                    .ifPresent(c -> out.concepts().add(new Located<>(c, document.file(), p)));
        }
    }

    private void claim(NodeReader r, JsonDocument document, JsonNode n, String p) {
        if (!r.object(n, p, CLAIM_REQUIRED, Set.of("qualifiers"))) {
            return;
        }
        String id = r.string(n.get("id"), p + "/id");
        String subject = interner.intern(r.string(n.get("subject"), p + "/subject"));
        ClaimPredicate predicate =
                r.choice(n.get("predicate"), p + "/predicate", List.of(ClaimPredicate.values()), ClaimPredicate::id);
        ClaimObject object = interner.intern(claimObject(r, n.get("object"), p + "/object"));
        Qualifiers qualifiers = interner.intern(
                n.has("qualifiers") ? qualifiers(r, n.get("qualifiers"), p + "/qualifiers") : Qualifiers.NONE);
        List<Citation> citations = new ArrayList<>();
        boolean citationsOk = true;
        Iterator<JsonNode> elements = r.array(n.get("citations"), p + "/citations");
        for (int i = 0; elements.hasNext(); i++) {
            Citation citation = citation(r, elements.next(), p + "/citations/" + i, interner);
            citationsOk &= citation != null;
            if (citation != null) {
                citations.add(citation);
            }
        }
        if (n.get("citations").isArray() && n.get("citations").isEmpty()) {
            r.problem(p + "/citations", "json/required", "a claim must cite at least one source");
            return;
        }
        if (allPresent(id, subject, predicate, object, qualifiers) && citationsOk) {
            construct(r, p, () -> new Claim(id, subject, predicate, object, qualifiers, citations))
                    .ifPresent(c -> out.claims().add(new Located<>(c, document.file(), p)));
        }
    }

    private static ClaimObject claimObject(NodeReader r, JsonNode n, String p) {
        if (!r.object(n, p, NONE, OBJECT_READERS.keySet())) {
            return null;
        }
        if (n.size() != 1) {
            r.problem(p, "json/value", "must have exactly one of concept, range, route, text; found " + n.size());
            return null;
        }
        String key = n.propertyNames().iterator().next();
        return OBJECT_READERS.get(key).read(r, n.get(key), p + "/" + key);
    }

    private static ClaimObject range(NodeReader r, JsonNode n, String p) {
        if (!r.object(n, p, Set.of("unit"), Set.of("min", "max"))) {
            return null;
        }
        Integer min = n.has("min") ? r.integer(n.get("min"), p + "/min") : null;
        Integer max = n.has("max") ? r.integer(n.get("max"), p + "/max") : null;
        RangeUnit unit = r.enumValue(n.get("unit"), p + "/unit", RangeUnit.class);
        if (unit == null || (n.has("min") && min == null) || (n.has("max") && max == null)) {
            return null;
        }
        return construct(r, p, () -> new ClaimObject.RangeObject(new Range(min, max, unit)))
                .orElse(null);
    }

    private static Qualifiers qualifiers(NodeReader r, JsonNode n, String p) {
        if (!r.object(n, p, NONE, QUALIFIER_KEYS)) {
            return null;
        }
        int before = problemCount(r);
        Map<Qualifiers.Field, Object> values = new EnumMap<>(Qualifiers.Field.class);
        for (Qualifiers.Field field : Qualifiers.Field.ALL) {
            if (n.has(field.wireName())) {
                Object value = value(r, n.get(field.wireName()), p + "/" + field.wireName(), field);
                if (value != null) {
                    values.put(field, value);
                }
            }
        }
        if (problemCount(r) != before) {
            return null;
        }
        return construct(r, p, () -> Qualifiers.of(values)).orElse(null);
    }

    private static Object value(NodeReader r, JsonNode n, String p, Qualifiers.Field field) {
        return switch (field.form()) {
            case ENUM -> r.choice(n, p, field.constants(), Enum::name);
            case FLAG -> r.bool(n, p);
            case CONCEPT_ID, TEXT -> r.string(n, p);
        };
    }

    private void coverage(NodeReader r, JsonDocument document, JsonNode root) {
        if (root.has("coverage")) {
            forEach(r, root.get("coverage"), "/coverage", (n, p) -> coverageNote(r, document, n, p));
        }
    }

    private void coverageNote(NodeReader r, JsonDocument document, JsonNode n, String p) {
        if (!r.object(n, p, Set.of("id", "subject", "predicate", "kind", "citations"), Set.of("claim"))) {
            return;
        }
        String id = r.string(n.get("id"), p + "/id");
        String subject = r.string(n.get("subject"), p + "/subject");
        ClaimPredicate predicate =
                r.choice(n.get("predicate"), p + "/predicate", List.of(ClaimPredicate.values()), ClaimPredicate::id);
        CoverageKind kind = r.enumValue(n.get("kind"), p + "/kind", CoverageKind.class);
        String claim = n.has("claim") ? r.string(n.get("claim"), p + "/claim") : null;
        List<Citation> citations = new ArrayList<>();
        forEach(r, n.get("citations"), p + "/citations", (c, cp) -> {
            Citation citation = citation(r, c, cp, interner);
            if (citation != null) {
                citations.add(citation);
            }
        });
        if (allPresent(id, subject, predicate, kind) && (!n.has("claim") || claim != null)) {
            construct(r, p, () -> new Coverage(id, subject, predicate, kind, claim, citations))
                    .ifPresent(c -> out.coverage().add(new Located<>(c, document.file(), p)));
        }
    }

    private static Citation citation(NodeReader r, JsonNode n, String p, Interner interner) {
        if (!r.object(n, p, Set.of("source", "quote"), Set.of("prefix", "suffix"))) {
            return null;
        }
        String source = interner.intern(r.string(n.get("source"), p + "/source"));
        String quote = r.string(n.get("quote"), p + "/quote");
        String prefix = n.has("prefix") ? r.string(n.get("prefix"), p + "/prefix") : null;
        String suffix = n.has("suffix") ? r.string(n.get("suffix"), p + "/suffix") : null;
        boolean contextOk = (!n.has("prefix") || prefix != null) && (!n.has("suffix") || suffix != null);
        return allPresent(source, quote) && contextOk
                ? construct(r, p, () -> new Citation(source, quote, prefix, suffix))
                        .orElse(null)
                : null;
    }

    private void adjudication(NodeReader r, JsonDocument document, JsonNode n, String p) {
        if (!r.object(n, p, Set.of("id", "claims", "decision", "rationale"), Set.of("preferred"))) {
            return;
        }
        String id = r.string(n.get("id"), p + "/id");
        List<String> claims = r.strings(n.get("claims"), p + "/claims");
        Decision decision = r.enumValue(n.get("decision"), p + "/decision", Decision.class);
        String preferred = n.has("preferred") ? r.string(n.get("preferred"), p + "/preferred") : null;
        String rationale = r.string(n.get("rationale"), p + "/rationale");
        if (allPresent(id, claims, decision, rationale) && (!n.has("preferred") || preferred != null)) {
            construct(r, p, () -> new Adjudication(id, claims, decision, preferred, rationale))
                    .ifPresent(a -> out.adjudications().add(new Located<>(a, document.file(), p)));
        }
    }

    private static <T> java.util.Optional<T> construct(NodeReader r, String pointer, Supplier<T> constructor) {
        try {
            return java.util.Optional.of(constructor.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            r.problem(pointer, "json/value", e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static int problemCount(NodeReader r) {
        return r.problemCount();
    }

    private static boolean allPresent(Object... values) {
        for (Object value : values) {
            if (value == null) {
                return false;
            }
        }
        return true;
    }
}
