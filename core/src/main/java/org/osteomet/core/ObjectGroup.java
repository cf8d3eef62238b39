package org.osteomet.core;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The claims that say one thing of one concept, merged: the same predicate and object, both affirmed or both
 * negated, in the same scope, whether stated for the concept or for its classes.
 *
 * <p>Osteonecrosis of the jaw stated for zoledronate and again for bisphosphonates is one group with two claims.
 * The merged values come from the group's most trusted claims, so a disputed claim never raises the frequency of
 * a group that also holds a normal one.
 *
 * @param about id of the concept asked about
 * @param predicate what the claims say
 * @param object the value they say
 * @param negated whether they state the opposite
 * @param scope the scope they share
 * @param claims the claims, in the order of the query's answer; at least one
 */
public record ObjectGroup(
        String about,
        ClaimPredicate predicate,
        ClaimObject object,
        boolean negated,
        Scope scope,
        List<StatedClaim> claims) {
    /**
     * Checks the components.
     *
     * @param about id of the concept asked about
     * @param predicate what the claims say
     * @param object the value they say
     * @param negated whether they state the opposite
     * @param scope the scope they share
     * @param claims the claims, in the order of the query's answer; at least one
     * @throws IllegalArgumentException if {@code claims} is empty, or a claim is not of this group
     */
    public ObjectGroup {
        Checks.id(about, "about");
        Checks.notNull(predicate, "predicate");
        Checks.notNull(object, "object");
        Checks.notNull(scope, "scope");
        claims = Checks.list(claims, "claims");
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("claims must not be empty");
        }
        for (StatedClaim stated : claims) {
            Claim claim = stated.claim();
            if (!stated.about().equals(about)
                    || claim.predicate() != predicate
                    || !claim.object().equals(object)
                    || claim.qualifiers().negated() != negated
                    || !claim.qualifiers().scope().equals(scope)) {
                throw new IllegalArgumentException("claim " + claim.id() + " does not belong to this group");
            }
        }
    }

    /**
     * Returns the status of the group's most trusted claim: disputed only when all of its claims are.
     *
     * @return the status
     */
    public ClaimStatus status() {
        return claims.stream()
                .map(StatedClaim::status)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /**
     * Returns the most frequent frequency its most trusted claims state ({@link Frequency#MOST_COMMON} first).
     *
     * @return the frequency, or empty if none of them states one
     */
    public Optional<Frequency> frequency() {
        return trusted()
                .map(c -> c.qualifiers().frequency())
                .filter(f -> f != null)
                .min(Comparator.naturalOrder());
    }

    /**
     * Returns the gravest seriousness its most trusted claims state ({@link Seriousness#VERY_SERIOUS} first).
     *
     * @return the seriousness, or empty if none of them states one
     */
    public Optional<Seriousness> seriousness() {
        return trusted()
                .map(c -> c.qualifiers().seriousness())
                .filter(s -> s != null)
                .max(Comparator.naturalOrder());
    }

    /**
     * Returns the ids of every source its claims cite, merged.
     *
     * @return the source ids, sorted, each once
     */
    public List<String> sources() {
        TreeSet<String> sources = new TreeSet<>();
        claims.forEach(s -> s.claim().citations().forEach(c -> sources.add(c.source())));
        return List.copyOf(sources);
    }

    /**
     * Returns the ids of the concepts the claims were stated for: the concept asked about and its classes.
     *
     * @return the ids in the order of the claims, each once
     */
    public List<String> statedFor() {
        return claims.stream().map(StatedClaim::statedFor).distinct().toList();
    }

    /**
     * Returns whether every claim of the group was stated for a class, none for the concept itself.
     *
     * @return true if the group is only inherited
     */
    public boolean inherited() {
        return claims.stream().allMatch(StatedClaim::inherited);
    }

    private java.util.stream.Stream<Claim> trusted() {
        ClaimStatus best = status();
        return claims.stream().filter(s -> s.status() == best).map(StatedClaim::claim);
    }
}
