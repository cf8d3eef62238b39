package org.osteomet.cli;

import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.ValidationReport;

/** The exit statuses of every command. */
final class ExitCodes {
    /** Success: no findings at error level (and none at warning level with {@code --strict}). */
    static final int OK = 0;
    /** The content has findings at error level. */
    static final int FINDINGS = 1;
    /** Bad usage, or an input or output that cannot be read or written. */
    static final int USAGE = 2;
    /** An unexpected internal failure: a bug to report. */
    static final int INTERNAL = 3;

    private ExitCodes() {}

    /**
     * Returns the status for a report with errors: {@link #USAGE} if a content file cannot be read (a finding of
     * an {@code io/} rule), else {@link #FINDINGS}.
     */
    static int forErrors(ValidationReport report) {
        return unreadableFiles(report) > 0 ? USAGE : FINDINGS;
    }

    /** Returns how many findings say that a content file or folder cannot be read. */
    static long unreadableFiles(ValidationReport report) {
        return report.findings().stream()
                .filter(f -> f.ruleId().startsWith("io/"))
                .count();
    }

    /** Returns the one line that says content files cannot be read, naming the first. */
    static String unreadableLine(ValidationReport report) {
        Finding first = report.findings().stream()
                .filter(f -> f.ruleId().startsWith("io/"))
                .findFirst()
                .orElseThrow();
        return "osteomet: cannot read " + unreadableFiles(report) + " content file(s), first " + first.file() + ": "
                + first.message();
    }
}
