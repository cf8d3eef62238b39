package org.osteomet.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
public record Adjudication(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be kebab-case")
        String id,

        @Size(min = 2, message = "must name at least two claims")
        List<@NotBlank String> claims,

        Decision decision,
        String preferred,

        @NotBlank @Size(max = 2000, message = "must be at most 2000 characters")
        String rationale) {

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
