package org.osteomet.cli;

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
}
