package org.osteomet.core;

import jakarta.validation.Valid;
import java.util.List;
import org.osteomet.core.constraints.QualifiersFitPredicate;

/**
 * One atomic fact about a concept, backed by verbatim quotes from its sources.
 *
 * @param id kebab-case id
 * @param subject id of the concept the fact is about
 * @param predicate what is said
 * @param object the value said
 * @param qualifiers the scope of the statement; {@link Qualifiers#NONE} if none
 * @param citations one or more sources with their quotes
 */
@QualifiersFitPredicate
public record Claim(
        String id,

        String subject,
        Predicate predicate,
        ClaimObject object,
        Qualifiers qualifiers,
        List<@Valid Citation> citations) {

    public Claim {
        Checks.id(id, "id");
        Checks.id(subject, "subject");
        Checks.notNull(predicate, "predicate");
        Checks.notNull(object, "object");
        Checks.notNull(qualifiers, "qualifiers");
        citations = Checks.list(citations, "citations");
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("citations must not be empty");
        }
    }

    /** Returns the concept id of the object, or {@code null} if the object is not a concept. */
    public String objectConcept() {
        return object instanceof ClaimObject.ConceptObject c ? c.concept() : null;
    }

    /** Returns whether this claim cites the given source. */
    public boolean cites(String sourceId) {
        return citations.stream().anyMatch(c -> c.source().equals(sourceId));
    }
}
