package org.osteomet.validation.rules;

import java.util.Objects;
import org.osteomet.core.Claim;

/**
 * Two claims that cannot both be true in the same scope.
 *
 * @param first the claim with the smaller id
 * @param second the claim with the larger id
 * @param subject the concept where they meet: their common subject, or a member that inherits both
 * @param reason why they conflict, in one sentence
 */
public record Conflict(Claim first, Claim second, String subject, String reason) {
    public Conflict {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(second, "second must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if (first.id().compareTo(second.id()) >= 0) {
            throw new IllegalArgumentException("first must sort before second");
        }
    }

    /** Returns the conflict between two claims, ordered by id. */
    static Conflict of(Claim a, Claim b, String subject, String reason) {
        return a.id().compareTo(b.id()) < 0 ? new Conflict(a, b, subject, reason) : new Conflict(b, a, subject, reason);
    }
}
