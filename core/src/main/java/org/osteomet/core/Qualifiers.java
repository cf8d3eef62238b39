package org.osteomet.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The scope of a claim: how often, how serious, how sure, for whom and under what circumstances.
 *
 * <p>Every component may be {@code null} (not stated) except {@code negated}.
 *
 * @param frequency how often a side effect occurs
 * @param seriousness how serious it is
 * @param hedge the source's hedge word
 * @param negated whether the source states the opposite
 * @param population id of the condition concept the statement is limited to
 * @param context a short plain-English scope the quote states
 * @param comparison with {@code compared-to}: how the subject compares
 * @param aspect with {@code compared-to}: in what respect
 */
public record Qualifiers(
        Frequency frequency,
        Seriousness seriousness,
        Hedge hedge,
        boolean negated,

        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be kebab-case")
        String population,

        @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
        String context,

        Comparison comparison,

        @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
        String aspect) {

    /** Qualifiers that state nothing. */
    public static final Qualifiers NONE = new Qualifiers(null, null, null, false, null, null, null, null);

    public Qualifiers {
        if (population != null) {
            Checks.id(population, "qualifiers.population");
        }
        if (context != null) {
            Checks.notBlank(context, "qualifiers.context");
        }
        if (aspect != null) {
            Checks.notBlank(aspect, "qualifiers.aspect");
        }
    }

    /** Returns these qualifiers with the given hedge. */
    public Qualifiers withHedge(Hedge newHedge) {
        return new Qualifiers(frequency, seriousness, newHedge, negated, population, context, comparison, aspect);
    }

    /** Returns these qualifiers with {@code negated} set. */
    public Qualifiers withNegated(boolean newNegated) {
        return new Qualifiers(frequency, seriousness, hedge, newNegated, population, context, comparison, aspect);
    }

    /** Returns these qualifiers limited to the given population. */
    public Qualifiers withPopulation(String newPopulation) {
        return new Qualifiers(frequency, seriousness, hedge, negated, newPopulation, context, comparison, aspect);
    }

    /** Returns these qualifiers with the given frequency. */
    public Qualifiers withFrequency(Frequency newFrequency) {
        return new Qualifiers(newFrequency, seriousness, hedge, negated, population, context, comparison, aspect);
    }
}
