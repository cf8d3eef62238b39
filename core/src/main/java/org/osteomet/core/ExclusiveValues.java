package org.osteomet.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Values of a multi-valued predicate that cannot all be true of one subject, so that sources stating different
 * ones disagree.
 *
 * <p>Most multi-valued predicates hold several values at once (a drug given by vein and by mouth), so only the
 * sets declared in {@link #ALL} are compared; each says why its values exclude each other.
 *
 * @param predicate the predicate whose values are compared
 * @param values the {@link ClaimObject#canonical()} forms of the values, at least two; any two of them exclude
 *     each other
 * @param rationale why they cannot both be true
 */
public record ExclusiveValues(ClaimPredicate predicate, Set<String> values, String rationale) {

    /** Every declared set, in a fixed order. */
    public static final List<ExclusiveValues> ALL = List.of(
            new ExclusiveValues(
                    ClaimPredicate.ROUTE,
                    Set.of(Route.INTRAVENOUS.name(), Route.INTRAOSSEOUS.name()),
                    "A treatment injected into a vein travels through the blood; one injected directly into the bone"
                            + " is placed where it acts. A source that says one of them describes a different"
                            + " treatment from one that says the other."),
            new ExclusiveValues(
                    ClaimPredicate.IS_A,
                    Set.of("systemic-treatments", "local-treatments"),
                    "Systemic treatments reach cancer cells throughout the body; local treatments act on one area."
                            + " One treatment cannot be both kinds."));

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param predicate the predicate whose values are compared
     * @param values the {@link ClaimObject#canonical()} forms of the values, at least two; any two of them exclude
     *     each other
     * @param rationale why they cannot both be true
     */
    public ExclusiveValues {
        Checks.notNull(predicate, "predicate");
        values = Set.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("values must name at least two values");
        }
        Checks.notBlank(rationale, "rationale");
    }

    /**
     * Returns the declared set that the claim's value belongs to.
     *
     * @param claim a claim; not null
     * @return the set, or empty if its predicate and value are in none
     */
    public static Optional<ExclusiveValues> of(Claim claim) {
        String value = claim.object().canonical();
        return ALL.stream()
                .filter(e -> e.predicate == claim.predicate() && e.values.contains(value))
                .findFirst();
    }
}
