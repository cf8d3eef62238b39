package org.osteomet.core;

import jakarta.validation.Valid;
import java.util.List;

/**
 * What the sources say about how complete a subject's claims for one predicate are, backed by a quote.
 *
 * <p>An app reads it so that it never presents an open list as complete, a gap as "none", or a class's claim
 * as true of a member the source sets apart.
 *
 * @param id kebab-case id
 * @param subject id of the concept whose claims it is about
 * @param predicate the predicate it is about
 * @param kind what it says
 * @param claim with {@link CoverageKind#NOT_INHERITED}, the id of the one class claim that does not reach the
 *     subject, or {@code null} for every claim of the predicate; otherwise {@code null}
 * @param citations the quotes that say so: the open list, the text before the cut, or the sentence that sets
 *     the subject apart
 */
public record Coverage(
        String id,

        String subject,
        ClaimPredicate predicate,
        CoverageKind kind,
        String claim,
        List<@Valid Citation> citations) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param id kebab-case id
     * @param subject id of the concept whose claims it is about
     * @param predicate the predicate it is about
     * @param kind what it says
     * @param claim with {@link CoverageKind#NOT_INHERITED}, the id of the one class claim that does not reach the
     *     subject, or {@code null} for every claim of the predicate; otherwise {@code null}
     * @param citations the quotes that say so: the open list, the text before the cut, or the sentence that sets
     *     the subject apart
     */
    public Coverage {
        Checks.id(id, "id");
        Checks.id(subject, "subject");
        Checks.notNull(predicate, "predicate");
        Checks.notNull(kind, "kind");
        if (claim != null) {
            Checks.id(claim, "claim");
            if (kind != CoverageKind.NOT_INHERITED) {
                throw new IllegalArgumentException("claim may be set only when kind is NOT_INHERITED");
            }
        }
        citations = Checks.list(citations, "citations");
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("citations must not be empty");
        }
    }

    /**
     * Returns whether this note stops the given class claim from reaching the subject.
     *
     * @param inherited a claim of a class of the subject; not null
     * @return whether this note stops the given class claim from reaching the subject
     */
    public boolean blocks(Claim inherited) {
        return kind == CoverageKind.NOT_INHERITED
                && inherited.predicate() == predicate
                && (claim == null || claim.equals(inherited.id()));
    }
}
