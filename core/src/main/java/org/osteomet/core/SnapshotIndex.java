package org.osteomet.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One snapshot text in the form quotes are matched in, with the way back to the text's own positions.
 *
 * <p>Matching form: runs of white space (including non-breaking spaces) count as one space, leading and trailing
 * white space is dropped, and typographic quote marks match their ASCII forms. A citation's {@code prefix} must
 * end just before the quote and its {@code suffix} start just after it, both in matching form and with any white
 * space between them and the quote ignored.
 */
public final class SnapshotIndex {
    /** How many code points of context a {@link QuotePlace} keeps on each side. */
    public static final int CONTEXT = 32;

    private final String text;
    private final String matching;
    // For each char of the matching form, the index of the char of the text it came from.
    private final int[] origin;
    // For each char index of the text (and its length), the number of code points before it.
    private final int[] codePoints;

    private SnapshotIndex(String text) {
        this.text = text;
        StringBuilder out = new StringBuilder(text.length());
        int[] from = new int[text.length()];
        boolean space = false;
        int pendingSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!space) {
                    pendingSpace = i;
                }
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                from[out.length()] = pendingSpace;
                out.append(' ');
            }
            space = false;
            from[out.length()] = i;
            out.append(plain(c));
        }
        this.matching = out.toString();
        this.origin = java.util.Arrays.copyOf(from, out.length());
        this.codePoints = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            codePoints[i] = count;
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                count++;
            }
        }
        codePoints[text.length()] = count;
    }

    /**
     * Returns the index of a snapshot text.
     *
     * @param text the snapshot text as decoded from its bytes; not null
     * @return the index
     */
    public static SnapshotIndex of(String text) {
        return new SnapshotIndex(Checks.notNull(text, "text"));
    }

    /**
     * Returns a text in matching form.
     *
     * @param text any text; not null
     * @return the text with white space runs as single spaces, no outer white space and ASCII quote marks
     */
    public static String normalize(String text) {
        return new SnapshotIndex(Checks.notNull(text, "text")).matching;
    }

    /**
     * Returns the snapshot text as given.
     *
     * @return the snapshot text as given
     */
    public String text() {
        return text;
    }

    /**
     * Returns the snapshot text in matching form.
     *
     * @return the snapshot text in matching form
     */
    public String matching() {
        return matching;
    }

    /**
     * Returns every place the quote occurs, overlapping ones included, in text order.
     *
     * @param quote a quote as written in a citation; not null
     * @return the places; empty if the quote does not occur, or is only white space
     */
    public List<QuotePlace> occurrences(String quote) {
        String wanted = normalize(quote);
        List<QuotePlace> places = new ArrayList<>();
        if (wanted.isEmpty()) {
            return places;
        }
        for (int at = matching.indexOf(wanted); at >= 0; at = matching.indexOf(wanted, at + 1)) {
            places.add(place(at, at + wanted.length()));
        }
        return places;
    }

    /**
     * Returns the places of the citation's quote that its prefix and suffix allow.
     *
     * @param citation a citation of this snapshot's source; not null
     * @return every occurrence of the quote if it states neither, otherwise those it picks; one place when the
     *     citation points to one place
     */
    public List<QuotePlace> places(Citation citation) {
        String wanted = normalize(citation.quote());
        String prefix = citation.prefix() == null ? null : normalize(citation.prefix());
        String suffix = citation.suffix() == null ? null : normalize(citation.suffix());
        List<QuotePlace> places = new ArrayList<>();
        if (wanted.isEmpty()) {
            return places;
        }
        for (int at = matching.indexOf(wanted); at >= 0; at = matching.indexOf(wanted, at + 1)) {
            int after = at + wanted.length();
            if ((prefix == null || before(at).endsWith(prefix))
                    && (suffix == null || after(after).startsWith(suffix))) {
                places.add(place(at, after));
            }
        }
        return places;
    }

    private String before(int at) {
        int end = at > 0 && matching.charAt(at - 1) == ' ' ? at - 1 : at;
        return matching.substring(0, end);
    }

    private String after(int at) {
        int start = at < matching.length() && matching.charAt(at) == ' ' ? at + 1 : at;
        return matching.substring(start);
    }

    private QuotePlace place(int matchStart, int matchEnd) {
        int from = origin[matchStart];
        int last = origin[matchEnd - 1];
        int to = last + (Character.isHighSurrogate(text.charAt(last)) && last + 1 < text.length() ? 2 : 1);
        int start = codePoints[from];
        int end = codePoints[to];
        int textStart = text.offsetByCodePoints(from, -Math.min(CONTEXT, start));
        int textEnd = text.offsetByCodePoints(to, Math.min(CONTEXT, codePoints[text.length()] - end));
        return new QuotePlace(
                start, end, text.substring(from, to), text.substring(textStart, from), text.substring(to, textEnd));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }
}
