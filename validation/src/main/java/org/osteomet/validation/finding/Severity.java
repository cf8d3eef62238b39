package org.osteomet.validation.finding;

import java.util.Locale;

/** How much a finding matters: errors fail a check, warnings fail only in strict mode. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Returns the lower-case label used in reports, such as {@code error}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
