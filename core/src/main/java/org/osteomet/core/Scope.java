package org.osteomet.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where a claim holds: for whom and in what situation, as far as conflict detection compares them.
 *
 * <p>Each component is a part of the scope; {@code null} leaves that part unlimited. Only {@link #of} reads
 * qualifiers and only {@link #parts} lists the components, so a new part of the scope is a component, a line in
 * each of the two, and nothing in the detector.
 *
 * @param population id of the population the claim is limited to, or {@code null} for everyone
 * @param context the situation the claim is limited to, or {@code null} for every situation
 */
record Scope(String population, String context) {
    /** The scope of a claim that limits no part. */
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
        return new Scope(qualifiers.population(), qualifiers.context());
    }

    /** Returns the parts in a fixed order, {@code null} where unlimited. */
    private List<Object> parts() {
        return Arrays.asList(population, context);
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
        List<Object> mine = parts();
        List<Object> theirs = other.parts();
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i) != null && !mine.get(i).equals(theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One entry of a {@link ScopeIndex}: the values of the parts named by {@code mask}, {@code null} where unlimited.
     *
     * @param mask which parts the key compares, one bit a part, the first part highest
     * @param values the value of each compared part, in order
     */
    record Key(int mask, List<Object> values) {}

    /**
     * Returns the keys a claim of this scope is filed under: one for each set of parts, with this scope's values
     * of those parts.
     */
    List<Key> keys() {
        List<Object> parts = parts();
        List<Key> keys = new ArrayList<>();
        for (int mask = 0; mask < 1 << parts.size(); mask++) {
            keys.add(key(mask, parts, mask));
        }
        return keys;
    }

    /**
     * Returns the keys under which the claims whose scope meets this one are filed, most specific first.
     *
     * <p>Two scopes meet when each part is unlimited in one of them or equal in both. So a claim meets this scope
     * exactly when, on the parts this scope limits, each of its values is this scope's value or unlimited: it is
     * filed under the key of those parts with one of these combinations.
     */
    List<Key> probes() {
        List<Object> parts = parts();
        int limited = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) != null) {
                limited |= bit(i, parts.size());
            }
        }
        List<Key> probes = new ArrayList<>();
        // Counting down through the subsets of the limited parts lifts the last parts first, the first part last.
        for (int kept = limited; ; kept = (kept - 1) & limited) {
            probes.add(key(limited, parts, kept));
            if (kept == 0) {
                return probes;
            }
        }
    }

    private static Key key(int mask, List<Object> parts, int kept) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if ((mask & bit(i, parts.size())) != 0) {
                values.add((kept & bit(i, parts.size())) != 0 ? parts.get(i) : null);
            }
        }
        return new Key(mask, Collections.unmodifiableList(values));
    }

    private static int bit(int part, int count) {
        return 1 << (count - 1 - part);
    }
}
