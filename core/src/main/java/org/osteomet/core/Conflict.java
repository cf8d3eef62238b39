package org.osteomet.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Claims that cannot all be true in the same scope, as {@code docs/conflicts.md} defines.
 *
 * @param kind what sort of contradiction it is
 * @param claims the conflicting claims, at least two with distinct ids; stored sorted by id
 * @param subject id of the concept where they meet: their common subject, or a member that inherits them
 *     through {@code is-a}
 * @param reason why they conflict, in one plain-English sentence that names each claim's id
 */
public record Conflict(ConflictKind kind, List<Claim> claims, String subject, String reason) {
    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param kind what sort of contradiction it is
     * @param claims the conflicting claims, at least two with distinct ids; stored sorted by id
     * @param subject id of the concept where they meet: their common subject, or a member that inherits them
     *     through {@code is-a}
     * @param reason why they conflict, in one plain-English sentence that names each claim's id
     */
    public Conflict {
        Checks.notNull(kind, "kind");
        List<Claim> sorted = new ArrayList<>(Checks.list(claims, "claims"));
        sorted.sort(Comparator.comparing(Claim::id));
        if (sorted.size() < 2) {
            throw new IllegalArgumentException("claims must name at least two claims");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("claims must have distinct ids");
            }
        }
        claims = List.copyOf(sorted);
        Checks.id(subject, "subject");
        Checks.notBlank(reason, "reason");
    }

    /**
     * Returns the ids of the conflicting claims, sorted.
     *
     * @return the ids of the conflicting claims, sorted
     */
    public List<String> claimIds() {
        return claims.stream().map(Claim::id).toList();
    }
}
