package org.osteomet.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A source and the verbatim quote from its snapshot that states a claim.
 *
 * @param source id of the cited source
 * @param quote the shortest verbatim span of the snapshot that states the fact
 */
public record Citation(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be kebab-case")
        String source,

        @NotBlank @Size(max = 300, message = "must be at most 300 characters")
        String quote) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param source id of the cited source
     * @param quote the shortest verbatim span of the snapshot that states the fact
     */
    public Citation {
        Checks.id(source, "citation.source");
        Checks.notBlank(quote, "citation.quote");
    }
}
