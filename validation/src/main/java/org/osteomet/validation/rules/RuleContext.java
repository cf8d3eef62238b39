package org.osteomet.validation.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osteomet.content.Location;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.content.internal.Located;
import org.osteomet.content.internal.ParsedFile;
import org.osteomet.core.Claim;
import org.osteomet.core.Content;

/** What a rule sees: the content, where each record came from, the snapshots and the run's options. */
public final class RuleContext {
    private final ContentFiles files;
    private final Content content;
    private final ValidationOptions options;
    private final Map<String, Located<Claim>> locatedClaims = new HashMap<>();
    private final Map<String, Optional<String>> snapshotTexts = new ConcurrentHashMap<>();
    private final Map<String, QuoteIndex> quoteIndexes = new ConcurrentHashMap<>();

    /**
     * Creates the context of one run.
     *
     * @param files the content folder as read; not null
     * @param options the run's options; not null
     */
    public RuleContext(ContentFiles files, ValidationOptions options) {
        this.files = files;
        this.content = files.content();
        this.options = options;
        files.claims().forEach(c -> locatedClaims.putIfAbsent(c.value().id(), c));
    }

    /** {@return the content folder as read} */
    public ContentFiles files() {
        return files;
    }

    /** {@return the records as one aggregate} */
    public Content content() {
        return content;
    }

    /** {@return the run's options} */
    public ValidationOptions options() {
        return options;
    }

    /**
     * Returns a claim and where it came from.
     *
     * @param id the claim's id; not null
     * @return the first claim read with that id, or empty if there is none
     */
    public Optional<Located<Claim>> locatedClaim(String id) {
        return Optional.ofNullable(locatedClaims.get(id));
    }

    /**
     * Returns the snapshot text of a source, decoded once per run however many quotes cite it.
     *
     * @param sourceId the source id; not null
     * @return the text, or {@code null} if the folder has no snapshot for the source
     */
    public String snapshotText(String sourceId) {
        return snapshotTexts
                .computeIfAbsent(sourceId, id -> Optional.ofNullable(files.snapshotText(id)))
                .orElse(null);
    }

    /** Returns the quote index of a source's snapshot, built on first use; the snapshot must exist. */
    QuoteIndex quoteIndex(String sourceId) {
        return quoteIndexes.computeIfAbsent(sourceId, id -> new QuoteIndex(snapshotText(id)));
    }

    /**
     * Returns the location of a pointer in a file.
     *
     * @param file path relative to the content folder; not null
     * @param pointer RFC 6901 JSON Pointer into the file; not null
     * @return the location of the value or its nearest located parent, or the start of the file if it is not a
     *     parsed document
     */
    public Location locate(String file, String pointer) {
        ParsedFile parsed = files.parsedFiles().get(file);
        return parsed == null ? Location.START : parsed.locate(pointer);
    }
}
