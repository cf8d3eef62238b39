package org.osteomet.validation.finding;

import java.util.List;

/**
 * Every finding of a validation run, in a stable order.
 *
 * @param findings the findings, sorted by {@link Finding#ORDER}
 */
public record ValidationReport(List<Finding> findings) {
    public ValidationReport {
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /** Returns the number of findings of the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Returns whether the content passes.
     *
     * @param strict whether warnings fail too
     * @return true if there are no errors, and in strict mode no warnings
     */
    public boolean passes(boolean strict) {
        return count(Severity.ERROR) == 0 && (!strict || count(Severity.WARNING) == 0);
    }
}
