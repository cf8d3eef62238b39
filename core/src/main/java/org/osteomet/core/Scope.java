package org.osteomet.core;

/**
 * The typed scope of a claim: for whom, by which route, with which other treatment, for how many members.
 *
 * <p>Two claims speak of the same thing, and so can conflict, unless their scopes are disjoint: some part is
 * stated by both with different values. A part one claim leaves unstated applies to every value, so it meets
 * the other claim's. A member scope ("some bisphosphonates") speaks of the class as a group, so such a claim
 * meets no other.
 *
 * @param population id of the condition the claim is limited to, or {@code null} for everyone
 * @param route the route of administration it is limited to, or {@code null} for any
 * @param combinedWith id of the treatment it is limited to being given with, or {@code null}
 * @param members how many members of a class it holds for, or {@code null} for all
 */
public record Scope(String population, Route route, String combinedWith, MemberScope members) {
    /** The scope of a claim that limits nothing. */
    public static final Scope EVERYWHERE = new Scope(null, null, null, null);

    public Scope {
        if (population != null) {
            Checks.id(population, "population");
        }
        if (combinedWith != null) {
            Checks.id(combinedWith, "combinedWith");
        }
    }

    /**
     * Returns whether a claim of this scope and one of the other can speak of the same thing.
     *
     * @param other the other scope; not null
     * @return false if either is limited to some members, or some part is stated by both with different values
     */
    public boolean meets(Scope other) {
        return members == null
                && other.members == null
                && compatible(population, other.population)
                && compatible(route, other.route)
                && compatible(combinedWith, other.combinedWith);
    }

    private static boolean compatible(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }
}
