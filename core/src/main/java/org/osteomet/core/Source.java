package org.osteomet.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An article that claims cite, and the snapshot of its text.
 *
 * @param id kebab-case id
 * @param publisher the organisation the article comes from
 * @param title the title as written in the snapshot
 * @param dateAsStated the review or revision date exactly as the snapshot writes it, or {@code null} if none
 * @param date the same date as a calendar date, or {@code null} if the snapshot states none
 * @param experts people or bylines the snapshot names
 * @param snapshot path of the snapshot relative to the content folder
 * @param sha256 lower-case hex SHA-256 of the snapshot bytes
 */
public record Source(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be kebab-case")
        String id,

        @NotBlank String publisher,
        @NotBlank String title,

        @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
        String dateAsStated,

        LocalDate date,
        @NotNull List<@NotBlank String> experts,

        @NotBlank @Pattern(regexp = "^snapshots/[a-z0-9-]+\\.txt$", message = "must be snapshots/<id>.txt")
        String snapshot,

        @NotBlank @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lower-case hex digits")
        String sha256) {

    /**
     * Checks every component; the messages of its exceptions name the component.
     *
     * @param id kebab-case id
     * @param publisher the organisation the article comes from
     * @param title the title as written in the snapshot
     * @param dateAsStated the review or revision date exactly as the snapshot writes it, or {@code null} if none
     * @param date the same date as a calendar date, or {@code null} if the snapshot states none
     * @param experts people or bylines the snapshot names
     * @param snapshot path of the snapshot relative to the content folder
     * @param sha256 lower-case hex SHA-256 of the snapshot bytes
     */
    public Source {
        Checks.id(id, "id");
        Checks.notBlank(publisher, "publisher");
        Checks.notBlank(title, "title");
        if ((dateAsStated == null) != (date == null)) {
            throw new IllegalArgumentException("dateAsStated and date must both be present or both be null");
        }
        experts = Checks.strings(experts, "experts");
        Checks.notBlank(snapshot, "snapshot");
        Checks.notBlank(sha256, "sha256");
    }
}
