package org.osteomet.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The typed scope of a claim: for whom, by which route, with which other treatment, for how many members.
 *
 * <p>Two claims speak of the same thing, and so can conflict, unless their scopes are disjoint: some part is
 * stated by both with different values. A part one claim leaves unstated ({@code null}) applies to every value.
 * A member scope ("some bisphosphonates") speaks of the class as a group: such a claim meets no other and never
 * reaches a member. Only {@link #of} reads qualifiers and only {@link #parts} lists the compared parts, so a new
 * part is a component, a line in each of the two, and nothing in the detector.
 *
 * @param population id of the condition the claim is limited to, or {@code null} for everyone
 * @param route the route of administration it is limited to, or {@code null} for any
 * @param combinedWith id of the treatment it is limited to being given with, or {@code null}
 * @param members how many members of a class it holds for, or {@code null} for all
 */
public record Scope(String population, Route route, String combinedWith, MemberScope members) {
    /** The scope of a claim that limits no part. */
    public static final Scope EVERYWHERE = new Scope(null, null, null, null);

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param population id of the condition the claim is limited to, or {@code null} for everyone
     * @param route the route of administration it is limited to, or {@code null} for any
     * @param combinedWith id of the treatment it is limited to being given with, or {@code null}
     * @param members how many members of a class it holds for, or {@code null} for all
     */
    public Scope {
        if (population != null) {
            Checks.id(population, "population");
        }
        if (combinedWith != null) {
            Checks.id(combinedWith, "combinedWith");
        }
    }

    /**
     * Returns the scope the qualifiers state.
     *
     * @param qualifiers the qualifiers; not null
     * @return the scope the qualifiers state
     */
    static Scope of(Qualifiers qualifiers) {
        return qualifiers.scope();
    }

    /**
     * Returns whether a claim of this scope and one of the other can speak of the same thing.
     *
     * @param other the other scope; not null
     * @return false if either is limited to some members, or some part is stated by both with different values
     */
    public boolean meets(Scope other) {
        if (members != null || other.members != null) {
            return false;
        }
        List<Object> mine = parts();
        List<Object> theirs = other.parts();
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i) != null && theirs.get(i) != null && !mine.get(i).equals(theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the compared parts in a fixed order, {@code null} where unlimited; the member scope is not one. */
    private List<Object> parts() {
        return Arrays.asList(population, route, combinedWith);
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
