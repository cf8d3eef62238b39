package org.osteomet.core;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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
        ClaimPredicate predicate,
        @Valid ClaimObject object,
        @Valid Qualifiers qualifiers,
        List<@Valid Citation> citations) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param id kebab-case id
     * @param subject id of the concept the fact is about
     * @param predicate what is said
     * @param object the value said
     * @param qualifiers the scope of the statement; {@link Qualifiers#NONE} if none
     * @param citations one or more sources with their quotes
     */
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

    /**
     * Returns the concept id of the object.
     *
     * @return the id, or empty if the object is a text, route or range
     */
    public Optional<String> objectConcept() {
        return object instanceof ClaimObject.ConceptObject c ? Optional.of(c.concept()) : Optional.empty();
    }

    /**
     * Returns whether this claim cites the given source.
     *
     * @param sourceId a source id; not null
     * @return whether this claim cites the given source
     */
    public boolean cites(String sourceId) {
        return citations.stream().anyMatch(c -> c.source().equals(sourceId));
    }
}
