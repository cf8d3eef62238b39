package org.osteomet.core;

import java.util.List;

/**
 * A reviewed conflict between claims: which claims, what was decided and why.
 *
 * @param id kebab-case id
 * @param claims ids of the conflicting claims, at least two
 * @param decision what was decided
 * @param preferred with {@link Decision#PREFER}, the preferred claim's id; otherwise {@code null}
 * @param rationale why, in words a content editor understands
 */
public record Adjudication(String id, List<String> claims, Decision decision, String preferred, String rationale) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param id kebab-case id
     * @param claims ids of the conflicting claims, at least two
     * @param decision what was decided
     * @param preferred with {@link Decision#PREFER}, the preferred claim's id; otherwise {@code null}
     * @param rationale why, in words a content editor understands
     */
    public Adjudication {
        Checks.id(id, "id");
        claims = Checks.strings(claims, "claims");
        if (claims.size() < 2) {
            throw new IllegalArgumentException("claims must name at least two claims");
        }
        Checks.notNull(decision, "decision");
        if ((decision == Decision.PREFER) != (preferred != null)) {
            throw new IllegalArgumentException("preferred must be set exactly when decision is PREFER");
        }
        if (preferred != null && !claims.contains(preferred)) {
            throw new IllegalArgumentException("preferred must be one of claims");
        }
        Checks.notBlank(rationale, "rationale");
    }
}
