package org.osteomet.validation.finding;

import java.util.Locale;

/** How much a finding matters: errors fail a check, warnings fail only in strict mode. */
public enum Severity {
    /** Breaks a rule the content must keep: the check fails. */
    ERROR,
    /** Probably a mistake, or something to look at again: the check fails only in strict mode. */
    WARNING,
    /** Worth knowing, never a failure. */
    INFO;

    /** {@return the lower-case label used in reports, such as {@code error}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
