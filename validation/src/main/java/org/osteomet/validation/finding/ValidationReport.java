package org.osteomet.validation.finding;

import java.util.List;

/**
 * Every finding of a validation run, in a stable order.
 *
 * @param findings the findings, sorted by {@link Finding#ORDER}
 */
public record ValidationReport(List<Finding> findings) {
    /**
     * Creates a report, sorting the findings.
     *
     * @param findings the findings, sorted by {@link Finding#ORDER}
     * @throws NullPointerException if the list or a finding is null
     */
    public ValidationReport {
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /**
     * Counts the findings of a severity.
     *
     * @param severity the severity; not null
     * @return how many findings have it
     */
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
