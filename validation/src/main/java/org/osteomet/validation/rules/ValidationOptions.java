package org.osteomet.validation.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Settings of a validation run.
 *
 * @param maxSourceAge sources reviewed longer ago than this draw a warning
 * @param today the date ages are measured from; fixed in tests so their output does not change with time
 */
public record ValidationOptions(Period maxSourceAge, LocalDate today) {
    /** The default maximum source age. */
    public static final Period DEFAULT_MAX_SOURCE_AGE = Period.ofYears(5);

    /**
     * Creates options.
     *
     * @param maxSourceAge sources reviewed longer ago than this draw a warning
     * @param today the date ages are measured from; fixed in tests so their output does not change with time
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the maximum source age is negative
     */
    public ValidationOptions {
        Objects.requireNonNull(maxSourceAge, "maxSourceAge must not be null");
        Objects.requireNonNull(today, "today must not be null");
        if (maxSourceAge.isNegative()) {
            throw new IllegalArgumentException("maxSourceAge must not be negative");
        }
    }

    /** {@return the default options, measuring ages from today's date in UTC} */
    public static ValidationOptions defaults() {
        return new ValidationOptions(DEFAULT_MAX_SOURCE_AGE, LocalDate.now(ZoneOffset.UTC));
    }
}
