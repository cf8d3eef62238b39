package org.osteomet.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.osteomet.core.Citation;
import org.osteomet.core.Claim;
import org.osteomet.core.Content;
import org.osteomet.core.Coverage;
import org.osteomet.core.QuotePlace;
import org.osteomet.core.QuotePlaces;
import org.osteomet.core.SnapshotIndex;
import org.osteomet.core.Source;

/**
 * A source's page: its snapshot text, paragraph by paragraph, with each cited passage in a {@code <mark>}.
 *
 * <p>Quotes overlap, so a passage's mark is split where it crosses the edge of another: marks nest, and every
 * mark holds only text of its own passage. The first piece of a passage's mark carries its id ({@code q-<start>-<end>}
 * in code points); every piece carries {@code data-quote} (that id) and {@code data-from}/{@code data-to}, the code
 * points it holds; each paragraph carries {@code data-from}, the code point where it starts. After each paragraph a list links every passage that starts in it to the claims that cite it.
 */
final class SourcePage {
    private final Content content;
    private final QuotePlaces places;
    private final Map<String, String> sourceWarnings;
    private final SitePages pages;

    SourcePage(Content content, QuotePlaces places, Map<String, String> sourceWarnings, SitePages pages) {
        this.content = content;
        this.places = places;
        this.sourceWarnings = sourceWarnings;
        this.pages = pages;
    }

    /** A cited passage and what cites it: claims and coverage notes. */
    private record Passage(QuotePlace place, List<Claim> claims, List<Coverage> notes) {
        int start() {
            return place.start();
        }

        int end() {
            return place.end();
        }
    }

    /** One mark: the part {@code [from, to)} of a passage; {@code first} if it is where the passage starts. */
    private record Piece(Passage passage, int from, int to, boolean first) {}

    String render(Source source) {
        String root = "../";
        Html h = new Html();
        pages.open(h, root, source.title());
        h.element("h1", "", source.title());
        h.raw("<dl class=\"source\">");
        h.element("dt", "", "Publisher").element("dd", "", source.publisher());
        h.element("dt", "", "Reviewed")
                .element("dd", "", source.dateAsStated() == null ? "no date stated" : source.dateAsStated());
        if (!source.experts().isEmpty()) {
            h.element("dt", "", "Experts").element("dd", "", String.join("; ", source.experts()));
        }
        h.element("dt", "", "Snapshot").element("dd", "", source.snapshot() + " (SHA-256 " + source.sha256() + ")");
        h.raw("</dl>\n");
        String warning = sourceWarnings.get(source.id());
        if (warning != null) {
            h.raw("<p class=\"warning\"><strong>Warning:</strong> ")
                    .text(warning)
                    .raw("</p>\n");
        }
        String snapshot = places.snapshotText(source.id()).orElse(null);
        if (snapshot == null) {
            h.element("p", "class=\"warning\"", "The snapshot of this source was not available.");
            pages.close(h, root, false);
            return h.toString();
        }
        List<Passage> passages = passages(source);
        h.element(
                "p",
                "class=\"legend\"",
                passages.size() + " passages of this source are cited. Cited text is highlighted, more deeply where"
                        + " quotes overlap; paragraphs with a dashed edge are cited by no claim.");
        h.raw("<section aria-labelledby=\"text\">\n<h2 id=\"text\">Snapshot text</h2>\n<div class=\"snapshot\">\n");
        int[] text = snapshot.codePoints().toArray();
        for (int[] paragraph : paragraphs(text)) {
            paragraph(h, root, text, paragraph[0], paragraph[1], passages);
        }
        h.raw("</div>\n</section>\n");
        pages.close(h, root, false);
        return h.toString();
    }

    private List<Passage> passages(Source source) {
        Map<String, Passage> byPlace = new TreeMap<>();
        for (Claim claim : content.claimsCiting(source.id())) {
            for (Citation citation : claim.citations()) {
                if (citation.source().equals(source.id())) {
                    places.place(citation)
                            .ifPresent(place -> passage(byPlace, place).claims().add(claim));
                }
            }
        }
        for (Coverage note : content.coverage()) {
            for (Citation citation : note.citations()) {
                if (citation.source().equals(source.id())) {
                    places.place(citation)
                            .ifPresent(place -> passage(byPlace, place).notes().add(note));
                }
            }
        }
        List<Passage> passages = new ArrayList<>(byPlace.values());
        passages.sort(Comparator.comparingInt(Passage::start)
                .thenComparing(Comparator.comparingInt(Passage::end).reversed()));
        return passages;
    }

    private static Passage passage(Map<String, Passage> byPlace, QuotePlace place) {
        return byPlace.computeIfAbsent(
                SitePages.markId(place), k -> new Passage(place, new ArrayList<>(), new ArrayList<>()));
    }

    /** Returns the paragraphs as {@code [start, end)} in code points: runs of lines that are not blank. */
    private static List<int[]> paragraphs(int[] text) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = -1;
        int lastEnd = -1;
        int lineStart = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || text[i] == '\n') {
                boolean blank = true;
                for (int j = lineStart; j < i; j++) {
                    blank &= Character.isWhitespace(text[j]) || Character.isSpaceChar(text[j]);
                }
                if (blank) {
                    if (start >= 0) {
                        paragraphs.add(new int[] {start, lastEnd});
                        start = -1;
                    }
                } else {
                    if (start < 0) {
                        start = lineStart;
                    }
                    lastEnd = i;
                }
                lineStart = i + 1;
            }
        }
        if (start >= 0) {
            paragraphs.add(new int[] {start, lastEnd});
        }
        return paragraphs;
    }

    private void paragraph(Html h, String root, int[] text, int start, int end, List<Passage> passages) {
        PriorityQueue<Piece> queue = new PriorityQueue<>(Comparator.comparingInt(Piece::from)
                .thenComparing(Comparator.comparingInt(Piece::to).reversed())
                .thenComparing(p -> SitePages.markId(p.passage().place())));
        List<Passage> starting = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage.start() < end && passage.end() > start) {
                int from = Math.max(start, passage.start());
                queue.add(new Piece(passage, from, Math.min(end, passage.end()), passage.start() >= start));
                if (passage.start() >= start) {
                    starting.add(passage);
                }
            }
        }
        h.raw((queue.isEmpty() ? "<p class=\"uncited\"" : "<p") + " data-from=\"" + start + "\">");
        List<Piece> open = new ArrayList<>();
        int at = start;
        while (!queue.isEmpty()) {
            Piece piece = queue.poll();
            while (!open.isEmpty() && open.get(open.size() - 1).to() <= piece.from()) {
                at = write(h, text, at, open.remove(open.size() - 1).to());
                h.raw("</mark>");
            }
            at = write(h, text, at, piece.from());
            if (!open.isEmpty() && piece.to() > open.get(open.size() - 1).to()) {
                int edge = open.get(open.size() - 1).to();
                queue.add(new Piece(piece.passage(), edge, piece.to(), false));
                piece = new Piece(piece.passage(), piece.from(), edge, piece.first());
            }
            String id = SitePages.markId(piece.passage().place());
            h.raw("<mark");
            if (piece.first()) {
                h.raw(" id=\"" + id + "\"");
            }
            h.raw(" data-quote=\"" + id + "\" data-from=\"" + piece.from() + "\" data-to=\"" + piece.to() + "\">");
            open.add(piece);
        }
        while (!open.isEmpty()) {
            at = write(h, text, at, open.remove(open.size() - 1).to());
            h.raw("</mark>");
        }
        write(h, text, at, end);
        h.raw("</p>\n");
        if (!starting.isEmpty()) {
            h.raw("<ul class=\"refs\" aria-label=\"Passages cited in the paragraph above\">\n");
            for (Passage passage : starting) {
                refs(h, root, passage);
            }
            h.raw("</ul>\n");
        }
    }

    private void refs(Html h, String root, Passage passage) {
        String id = SitePages.markId(passage.place());
        h.raw("<li id=\"cited-" + id + "\">");
        h.link("#" + id, "“" + shorten(SnapshotIndex.normalize(passage.place().exact())) + "”");
        h.raw(" is cited by ");
        List<Map.Entry<String, String>> links = new ArrayList<>();
        passage.claims().stream()
                .distinct()
                .forEach(claim -> links.add(link(pages.summary(claim), pages.claimHref(root, claim))));
        passage.notes().stream()
                .distinct()
                .forEach(note -> links.add(link(
                        pages.name(note.subject()) + " — what the list of "
                                + SiteLabels.predicate(note.predicate()).toLowerCase(java.util.Locale.ROOT)
                                + " leaves out",
                        pages.coverageHref(root, note))));
        for (int i = 0; i < links.size(); i++) {
            h.raw(i == 0 ? "" : "; ");
            if (links.get(i).getValue() == null) {
                h.text(links.get(i).getKey());
            } else {
                h.link(links.get(i).getValue(), links.get(i).getKey());
            }
        }
        h.raw("</li>\n");
    }

    private static Map.Entry<String, String> link(String text, String href) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(text, href);
    }

    private static String shorten(String text) {
        int[] points = text.codePoints().toArray();
        return points.length <= 64
                ? text
                : new String(points, 0, 30) + " … " + new String(points, points.length - 30, 30);
    }

    private static int write(Html h, int[] text, int from, int to) {
        if (to > from) {
            h.text(new String(text, from, to - from));
        }
        return Math.max(from, to);
    }
}
