package org.osteomet.export;

import java.util.List;
import org.osteomet.core.Adjudication;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimObject;
import org.osteomet.core.Concept;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.Qualifiers;
import org.osteomet.core.QuotePlace;
import org.osteomet.core.QuotePlaces;
import org.osteomet.core.Range;
import org.osteomet.core.Source;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns records into JSON trees shaped like the content files: predicates by their kebab-case id, enums by name.
 *
 * <p>Absent qualifiers, range bounds and {@code preferred} are left out; a source's missing dates are {@code null},
 * as in {@code sources.json}.
 */
final class ContentJson {
    /** The version of the shape of {@code osteomet.json}; raise it when a field changes meaning. */
    static final int FORMAT_VERSION = 2;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ContentJson() {}

    /**
     * Writes the whole content as the root object of {@code osteomet.json}, record by record.
     *
     * <p>The generator sorts the keys of each record; the root's own keys are written here in sorted order.
     */
    static void document(Content content, QuotePlaces places, String contentVersion, JsonGenerator out) {
        out.writeStartObject();
        JsonOutput.array(out, "adjudications", content.adjudications(), ContentJson::adjudication);
        JsonOutput.array(out, "claims", content.claims(), claim -> claim(content, places, claim));
        JsonOutput.array(out, "concepts", content.concepts(), ContentJson::concept);
        out.writeStringProperty("contentVersion", contentVersion);
        JsonOutput.array(out, "coverage", content.coverage(), c -> coverage(places, c));
        out.writeNumberProperty("formatVersion", FORMAT_VERSION);
        JsonOutput.array(out, "sources", content.sources(), ContentJson::source);
        out.writeEndObject();
    }

    static ObjectNode source(Source source) {
        ObjectNode node = NODES.objectNode();
        node.put("id", source.id());
        node.put("publisher", source.publisher());
        node.put("title", source.title());
        node.put("dateAsStated", source.dateAsStated());
        node.put("date", source.date() == null ? null : source.date().toString());
        node.set("experts", strings(source.experts()));
        node.put("snapshot", source.snapshot());
        node.put("sha256", source.sha256());
        return node;
    }

    static ObjectNode concept(Concept concept) {
        ObjectNode node = NODES.objectNode();
        node.put("id", concept.id());
        node.put("kind", concept.kind().name());
        node.put("name", concept.name());
        node.set("brandNames", strings(concept.brandNames()));
        node.set("synonyms", strings(concept.synonyms()));
        return node;
    }

    /**
     * Returns the claim with what the content says of it: its status, how many independent sources support it
     * and the adjudications that name it, so that no reader takes a disputed claim for a plain fact.
     */
    static ObjectNode claim(Content content, QuotePlaces places, Claim claim) {
        ObjectNode node = NODES.objectNode();
        node.put("status", content.status(claim).id());
        node.put("corroboration", content.corroboration(claim));
        List<String> adjudications = content.adjudicationsOf(claim.id()).stream()
                .map(Adjudication::id)
                .toList();
        if (!adjudications.isEmpty()) {
            node.set("adjudications", strings(adjudications));
        }
        node.put("id", claim.id());
        node.put("subject", claim.subject());
        node.put("predicate", claim.predicate().id());
        node.set("object", object(claim.object()));
        ObjectNode qualifiers = qualifiers(claim.qualifiers());
        if (!qualifiers.isEmpty()) {
            node.set("qualifiers", qualifiers);
        }
        node.set("citations", citations(places, claim.citations()));
        return node;
    }

    static ObjectNode coverage(QuotePlaces places, Coverage coverage) {
        ObjectNode node = NODES.objectNode();
        node.put("id", coverage.id());
        node.put("subject", coverage.subject());
        node.put("predicate", coverage.predicate().id());
        node.put("kind", coverage.kind().name());
        if (coverage.claim() != null) {
            node.put("claim", coverage.claim());
        }
        node.set("citations", citations(places, coverage.citations()));
        return node;
    }

    /**
     * Returns the citations as in the content files, each with where its quote sits in the snapshot as W3C Web
     * Annotation selectors, {@code TextPositionSelector} first.
     */
    private static ArrayNode citations(QuotePlaces places, List<Citation> citations) {
        ArrayNode array = NODES.arrayNode();
        for (Citation citation : citations) {
            ObjectNode cited = array.addObject();
            cited.put("source", citation.source());
            cited.put("quote", citation.quote());
            if (citation.prefix() != null) {
                cited.put("prefix", citation.prefix());
            }
            if (citation.suffix() != null) {
                cited.put("suffix", citation.suffix());
            }
            places.place(citation).ifPresent(place -> cited.set("selector", selector(place)));
        }
        return array;
    }

    private static ArrayNode selector(QuotePlace place) {
        ArrayNode selectors = NODES.arrayNode();
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", place.start());
        position.put("end", place.end());
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", place.exact());
        quote.put("prefix", place.prefix());
        quote.put("suffix", place.suffix());
        return selectors;
    }

    static ObjectNode adjudication(Adjudication adjudication) {
        ObjectNode node = NODES.objectNode();
        node.put("id", adjudication.id());
        node.set("claims", strings(adjudication.claims()));
        node.put("decision", adjudication.decision().name());
        if (adjudication.preferred() != null) {
            node.put("preferred", adjudication.preferred());
        }
        node.put("rationale", adjudication.rationale());
        return node;
    }

    private static ObjectNode object(ClaimObject object) {
        ObjectNode node = NODES.objectNode();
        if (object instanceof ClaimObject.ConceptObject c) {
            node.put("concept", c.concept());
        } else if (object instanceof ClaimObject.TextObject t) {
            node.put("text", t.text());
        } else if (object instanceof ClaimObject.RouteObject r) {
            node.put("route", r.route().name());
        } else if (object instanceof ClaimObject.RangeObject r) {
            node.set("range", range(r.range()));
        }
        return node;
    }

    private static ObjectNode range(Range range) {
        ObjectNode node = NODES.objectNode();
        if (range.min() != null) {
            node.put("min", range.min().intValue());
        }
        if (range.max() != null) {
            node.put("max", range.max().intValue());
        }
        node.put("unit", range.unit().name());
        return node;
    }

    private static ObjectNode qualifiers(Qualifiers q) {
        ObjectNode node = NODES.objectNode();
        q.stated().forEach((field, value) -> {
            switch (field.form()) {
                case ENUM -> node.put(field.wireName(), ((Enum<?>) value).name());
                case FLAG -> node.put(field.wireName(), true);
                case CONCEPT_ID, TEXT -> node.put(field.wireName(), (String) value);
            }
        });
        return node;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
