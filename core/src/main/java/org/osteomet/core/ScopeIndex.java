package org.osteomet.core;

import java.util.HashMap;
import java.util.Map;

/**
 * Claims filed by scope, so that one whose scope meets a given scope is found by a few hash lookups.
 *
 * <p>Each claim is filed under every key of its scope ({@link Scope#keys}); a search looks up only the keys of
 * scopes that meet the one searched ({@link Scope#probes}). Both are a fixed number per claim, so filing and
 * searching all claims of a group is linear.
 */
final class ScopeIndex {
    private final Map<Scope.Key, Claim> first = new HashMap<>();

    /** Files a claim; where claims share a key, the one filed first is found. */
    void add(Claim claim) {
        for (Scope.Key key : Scope.of(claim.qualifiers()).keys()) {
            first.putIfAbsent(key, claim);
        }
    }

    /**
     * Returns a filed claim whose scope meets the given one, preferring the most specific match.
     *
     * @param scope the scope searched; not null
     * @return the claim, or {@code null} if none meets it
     */
    Claim meeting(Scope scope) {
        for (Scope.Key key : scope.probes()) {
            Claim claim = first.get(key);
            if (claim != null) {
                return claim;
            }
        }
        return null;
    }
}
