package org.osteomet.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.ValidatedContent;
import picocli.CommandLine.Mixin;

/** The content and source-age options of every command that validates content, and the validation they select. */
final class ValidationInput {
    @Mixin
    ContentOption content = new ContentOption();

    @Mixin
    SourceAgeOption sourceAge = new SourceAgeOption();

    /** Reads and validates the chosen content against today's date in UTC unless {@code --today} names another. */
    ValidatedContent validate() {
        try (ContentValidator validator = new ContentValidator(sourceAge.options(Clock.systemUTC()))) {
            return content.validate(validator);
        }
    }

    /** Returns the prefix that makes finding paths relative to the working directory. */
    String pathPrefix() {
        return content.pathPrefix();
    }

    /** Returns the content folder, or {@code null} for the packaged content. */
    Path folder() {
        return content.folder();
    }
}
