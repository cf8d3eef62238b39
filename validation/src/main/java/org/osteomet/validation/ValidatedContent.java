package org.osteomet.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.osteomet.core.Content;
import org.osteomet.core.QuotePlaces;
import org.osteomet.validation.finding.Finding;
import org.osteomet.validation.finding.ValidationReport;

/**
 * Content as read and validated in one pass, with the report of validating it.
 *
 * <p>Use {@link #content()} only when {@code report().count(Severity.ERROR)} is zero: content with errors is
 * incomplete, since records that broke a check are left out.
 *
 * @param content the records that were read; not null
 * @param snapshots the snapshot text of each source that has one, by source id; not null
 * @param sourceFindings the findings located inside each source's record, such as its age, by source id; not null
 * @param report every finding; not null
 */
public record ValidatedContent(
        Content content,
        Map<String, String> snapshots,
        Map<String, List<Finding>> sourceFindings,
        ValidationReport report) {
    /**
     * Creates the result of a validated read.
     *
     * @param content the records that were read; not null
     * @param snapshots the snapshot text of each source that has one, by source id; not null
     * @param sourceFindings the findings located inside each source's record, by source id; not null
     * @param report every finding; not null
     * @throws NullPointerException if any component is null
     */
    public ValidatedContent {
        Objects.requireNonNull(content, "content must not be null");
        snapshots = Map.copyOf(snapshots);
        sourceFindings = sourceFindings.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        Objects.requireNonNull(report, "report must not be null");
    }

    /**
     * Returns where each quote sits in its snapshot, computed from the snapshots read.
     *
     * @return the quote places of the content
     */
    public QuotePlaces quotePlaces() {
        return QuotePlaces.of(content, snapshots::get);
    }
}
