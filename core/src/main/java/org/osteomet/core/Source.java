package org.osteomet.core;

import java.time.LocalDate;
import java.util.List;
import org.osteomet.core.constraints.DateMatchesStatement;

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
@DateMatchesStatement
public record Source(
        String id,

        String publisher,
        String title,

        String dateAsStated,

        LocalDate date,
        List<String> experts,

        String snapshot,

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
