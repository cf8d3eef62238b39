package org.osteomet.validation.rules;

import java.util.List;
import org.osteomet.core.Qualifiers;

/**
 * Where a claim holds: for whom and in what situation, as far as conflict detection compares them.
 *
 * @param population id of the population the claim is limited to, or {@code null} for everyone
 * @param context the situation the claim is limited to, or {@code null} for every situation
 */
record Scope(String population, String context) {
    /** The scope of a claim that limits neither population nor context. */
    static final Scope EVERYWHERE = new Scope(null, null);

    Scope {
        if (population != null && population.isBlank()) {
            throw new IllegalArgumentException("population must not be blank");
        }
        if (context != null && context.isBlank()) {
            throw new IllegalArgumentException("context must not be blank");
        }
    }

    /** Returns the scope the qualifiers state. */
    static Scope of(Qualifiers qualifiers) {
        // Interim until detection moves to core: the typed parts other than population, as one key.
        org.osteomet.core.Scope typed = qualifiers.scope();
        boolean other = typed.route() != null || typed.combinedWith() != null || typed.members() != null;
        return new Scope(
                qualifiers.population(),
                other ? typed.route() + " " + typed.combinedWith() + " " + typed.members() : null);
    }

    /**
     * Returns whether a claim of this scope speaks within {@code other}.
     *
     * <p>An unlimited part speaks within every value of that part, a limited part only within its own value, so
     * claims for two different populations never meet while each meets the claims that apply to everyone.
     *
     * @param other the scope spoken of; not null
     * @return true if each part of this scope is unlimited or equal to the same part of {@code other}
     */
    boolean within(Scope other) {
        return (population == null || population.equals(other.population))
                && (context == null || context.equals(other.context));
    }

    /** Returns this scope, then with its context lifted, then with its population lifted, then with both. */
    List<Scope> widenings() {
        return List.of(this, new Scope(population, null), new Scope(null, context), EVERYWHERE);
    }
}
