package org.osteomet.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A source and the verbatim quote from its snapshot that states a claim.
 *
 * <p>A quote that occurs more than once in its snapshot names the text just before it ({@code prefix}) or just
 * after it ({@code suffix}), or both, so that it points to one place; {@link SnapshotIndex} says how they match.
 *
 * @param source id of the cited source
 * @param quote the shortest verbatim span of the snapshot that states the fact
 * @param prefix text that ends just before the quote in the snapshot, or {@code null} if not needed
 * @param suffix text that starts just after the quote in the snapshot, or {@code null} if not needed
 */
public record Citation(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be kebab-case")
        String source,

        @NotBlank @Size(max = 300, message = "must be at most 300 characters")
        String quote,

        @Size(min = 1, max = 100, message = "must be 1 to 100 characters")
        String prefix,

        @Size(min = 1, max = 100, message = "must be 1 to 100 characters")
        String suffix) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param source id of the cited source
     * @param quote the shortest verbatim span of the snapshot that states the fact
     */
    public Citation {
        Checks.id(source, "citation.source");
        Checks.notBlank(quote, "citation.quote");
        if (prefix != null) {
            Checks.notBlank(prefix, "citation.prefix");
        }
        if (suffix != null) {
            Checks.notBlank(suffix, "citation.suffix");
        }
    }

    /** Returns a citation whose quote needs no prefix or suffix to find its place. */
    public Citation(String source, String quote) {
        this(source, quote, null, null);
    }
}
