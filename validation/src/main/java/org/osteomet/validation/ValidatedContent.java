package org.osteomet.validation;

import java.util.Objects;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.validation.finding.ValidationReport;

/**
 * A content folder as read, with the report of validating it.
 *
 * @param files the folder as read; not null
 * @param report every finding; not null
 */
public record ValidatedContent(ContentFiles files, ValidationReport report) {
    public ValidatedContent {
        Objects.requireNonNull(files, "files must not be null");
        Objects.requireNonNull(report, "report must not be null");
    }
}
