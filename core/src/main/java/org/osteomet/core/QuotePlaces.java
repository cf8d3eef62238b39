package org.osteomet.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where every quote of a content set sits in its snapshot, found once per source.
 *
 * <p>Typical use: {@code QuotePlaces.of(content, files::snapshotText).place(citation)}. A citation gets a place
 * when its source has a snapshot and its quote, with its prefix and suffix, points to exactly one place there.
 */
public final class QuotePlaces {
    /** No snapshots, so no places. */
    public static final QuotePlaces NONE = new QuotePlaces(Map.of(), Map.of());

    // The texts only: the indexes that find the places are several times their size, so each is dropped once its
    // source's citations are placed.
    private final Map<String, String> texts;
    private final Map<Citation, QuotePlace> places;

    private QuotePlaces(Map<String, String> texts, Map<Citation, QuotePlace> places) {
        this.texts = Map.copyOf(texts);
        this.places = Map.copyOf(places);
    }

    /**
     * Returns the places of every citation of the content's claims and coverage notes.
     *
     * @param content the content; not null
     * @param snapshotText returns the snapshot text of a source id, or {@code null} if it has none; not null
     * @return the places
     */
    public static QuotePlaces of(Content content, Function<String, String> snapshotText) {
        Checks.notNull(content, "content");
        Checks.notNull(snapshotText, "snapshotText");
        Map<String, List<Citation>> citationsBySource = new HashMap<>();
        Stream.concat(
                        content.claims().stream().flatMap(c -> c.citations().stream()),
                        content.coverage().stream().flatMap(c -> c.citations().stream()))
                .distinct()
                .forEach(citation -> citationsBySource
                        .computeIfAbsent(citation.source(), k -> new ArrayList<>())
                        .add(citation));
        Map<String, String> texts = new HashMap<>();
        Map<Citation, QuotePlace> places = new HashMap<>();
        for (Source source : content.sources()) {
            String text = snapshotText.apply(source.id());
            if (text == null || texts.putIfAbsent(source.id(), text) != null) {
                continue;
            }
            SnapshotIndex index = SnapshotIndex.of(text);
            for (Citation citation : citationsBySource.getOrDefault(source.id(), List.of())) {
                List<QuotePlace> found = index.places(citation);
                if (found.size() == 1) {
                    places.put(citation, sharingQuote(found.get(0), citation));
                }
            }
        }
        return new QuotePlaces(texts, places);
    }

    // Most quotes are copied verbatim, so the place's exact text is the quote; keeping the quote's own string
    // saves a copy of every quote for as long as the places live (about 150 MB at 10^6 claims).
    private static QuotePlace sharingQuote(QuotePlace place, Citation citation) {
        return place.exact().equals(citation.quote())
                ? new QuotePlace(place.start(), place.end(), citation.quote(), place.prefix(), place.suffix())
                : place;
    }

    /**
     * Returns where the citation's quote sits.
     *
     * @param citation a citation of the content; not null
     * @return the place, or empty if the snapshot is missing or the quote points to no single place
     */
    public Optional<QuotePlace> place(Citation citation) {
        return Optional.ofNullable(places.get(citation));
    }

    /**
     * Returns the text of a source's snapshot.
     *
     * @param sourceId a source id; not null
     * @return the text, or empty if the source has no snapshot
     */
    public Optional<String> snapshotText(String sourceId) {
        return Optional.ofNullable(texts.get(sourceId));
    }
}
