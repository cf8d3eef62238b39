package org.osteomet.cli;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.ValidatedContent;
import org.osteomet.validation.rules.ValidationOptions;

/** Runs the validator the way every command does. */
final class Validation {
    private Validation() {}

    static ValidatedContent validate(ContentOption content, int maxSourceAgeYears) {
        if (maxSourceAgeYears < 0) {
            throw new UserError("--max-source-age must not be negative");
        }
        ValidationOptions options =
                new ValidationOptions(Period.ofYears(maxSourceAgeYears), LocalDate.now(ZoneOffset.UTC));
        try (ContentValidator validator = new ContentValidator(options)) {
            return content.validate(validator);
        }
    }
}
