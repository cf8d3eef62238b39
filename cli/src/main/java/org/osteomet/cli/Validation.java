package org.osteomet.cli;

import java.time.Clock;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.ValidatedContent;

/** Runs the validator the way every command does. */
final class Validation {
    private Validation() {}

    static ValidatedContent validate(ContentOption content, SourceAgeOption sourceAge) {
        try (ContentValidator validator = new ContentValidator(sourceAge.options(Clock.systemUTC()))) {
            return content.validate(validator);
        }
    }
}
