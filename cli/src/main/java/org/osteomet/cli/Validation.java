package org.osteomet.cli;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.osteomet.content.ContentFiles;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.finding.ValidationReport;
import org.osteomet.validation.rules.ValidationOptions;

/** Runs the validator the way every command does. */
final class Validation {
    private Validation() {}

    static ValidationReport validate(ContentFiles files, int maxSourceAgeYears) {
        if (maxSourceAgeYears < 0) {
            throw new UserError("--max-source-age must not be negative");
        }
        ValidationOptions options =
                new ValidationOptions(Period.ofYears(maxSourceAgeYears), LocalDate.now(ZoneOffset.UTC));
        try (ContentValidator validator = new ContentValidator(options)) {
            return validator.validate(files);
        }
    }
}
