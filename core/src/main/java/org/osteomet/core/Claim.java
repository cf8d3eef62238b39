package org.osteomet.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

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
public record Claim(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be kebab-case")
        String id,

        @NotBlank String subject,
        @NotNull ClaimPredicate predicate,
        @NotNull @Valid ClaimObject object,
        @NotNull @Valid Qualifiers qualifiers,
        @NotEmpty(message = "must cite at least one source") List<@NotNull @Valid Citation> citations) {

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
