package org.osteomet.validation;

import java.util.Objects;
import org.osteomet.core.Content;
import org.osteomet.validation.finding.ValidationReport;

/**
 * Content as read and validated in one pass, with the report of validating it.
 *
 * <p>Use {@link #content()} only when {@code report().count(Severity.ERROR)} is zero: content with errors is
 * incomplete, since records that broke a check are left out.
 *
 * @param content the records that were read; not null
 * @param report every finding; not null
 */
public record ValidatedContent(Content content, ValidationReport report) {
    /**
     * Creates the result of a validated read.
     *
     * @param content the records that were read; not null
     * @param report every finding; not null
     * @throws NullPointerException if any component is null
     */
    public ValidatedContent {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(report, "report must not be null");
    }
}
