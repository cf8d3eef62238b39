package org.osteomet.validation.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in content: which rule, how serious, exactly where, and what to do about it.
 *
 * @param ruleId id of the rule, such as {@code quote-appears-in-source} or {@code schema/required}
 * @param severity how much it matters
 * @param file path relative to the content folder, with {@code /} separators
 * @param line 1-based line
 * @param column 1-based column
 * @param pointer RFC 6901 JSON Pointer into the file, {@code ""} for the whole file
 * @param message a sentence a content editor understands
 * @param expected what the rule expected, or {@code null}
 * @param actual what it found, or {@code null}
 * @param related the other places the finding involves, such as the other claim of a conflict; empty if none
 */
public record Finding(
        String ruleId,
        Severity severity,
        String file,
        int line,
        int column,
        String pointer,
        String message,
        String expected,
        String actual,
        List<RelatedLocation> related) {

    /** Orders findings by file, position, rule and message, so reports are stable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /**
     * Creates a finding.
     *
     * @param ruleId id of the rule, such as {@code quote-appears-in-source} or {@code schema/required}
     * @param severity how much it matters
     * @param file path relative to the content folder, with {@code /} separators
     * @param line 1-based line
     * @param column 1-based column
     * @param pointer RFC 6901 JSON Pointer into the file, {@code ""} for the whole file
     * @param message a sentence a content editor understands
     * @param expected what the rule expected, or {@code null}
     * @param actual what it found, or {@code null}
     * @param related the other places the finding involves, such as the other claim of a conflict; empty if none
     * @throws NullPointerException if a component other than {@code expected} and {@code actual} is null
     * @throws IllegalArgumentException if the line or column is less than 1
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(pointer, "pointer must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column must be at least 1");
        }
        related = List.copyOf(related);
    }

    /**
     * Creates a finding that involves no other place.
     *
     * @param ruleId id of the rule; not null
     * @param severity how much it matters; not null
     * @param file path relative to the content folder; not null
     * @param line 1-based line
     * @param column 1-based column
     * @param pointer RFC 6901 JSON Pointer into the file; not null
     * @param message a sentence a content editor understands; not null
     * @param expected what the rule expected, or {@code null}
     * @param actual what it found, or {@code null}
     */
    public Finding(
            String ruleId,
            Severity severity,
            String file,
            int line,
            int column,
            String pointer,
            String message,
            String expected,
            String actual) {
        this(ruleId, severity, file, line, column, pointer, message, expected, actual, List.of());
    }

    /** {@return the finding as {@code file:line:col: severity [rule] pointer: message}} */
    public String toText() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " [" + ruleId + "] "
                + (pointer.isEmpty() ? "" : pointer + ": ") + message;
    }
}
