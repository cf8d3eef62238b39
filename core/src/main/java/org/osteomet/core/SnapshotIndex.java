package org.osteomet.core;

import java.util.ArrayList;
import java.util.Arrays;
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
    // Where the chars of the matching form came from, in runs: from shiftAt[k] on (up to the next run), the char at
    // index m of the matching form is the char at m + shift[k] of the text. A run starts only where white space
    // was dropped, so a snapshot has a few dozen runs where a table of every char took four bytes a char; at 10^6
    // claims the per-char tables of 10^4 snapshots held more than 400 MB while the rules ran.
    private final int[] shiftAt;
    private final int[] shift;
    // For each char index of the text (and its length), the number of code points before it; null when the text
    // has no surrogate pairs, so that the two counts are equal.
    private final int[] codePoints;
    private final long[] wordStarts;

    private SnapshotIndex(String text) {
        this.text = text;
        int[] from = new int[text.length()];
        this.matching = matchingForm(text, from);
        int runs = 0;
        int[] at = new int[8];
        int[] by = new int[8];
        for (int m = 0; m < matching.length(); m++) {
            int d = from[m] - m;
            if (runs == 0 || by[runs - 1] != d) {
                if (runs == at.length) {
                    at = Arrays.copyOf(at, runs * 2);
                    by = Arrays.copyOf(by, runs * 2);
                }
                at[runs] = m;
                by[runs] = d;
                runs++;
            }
        }
        this.shiftAt = Arrays.copyOf(at, runs);
        this.shift = Arrays.copyOf(by, runs);
        this.codePoints = text.codePointCount(0, text.length()) == text.length() ? null : codePointTable(text);
        this.wordStarts = wordStarts(matching);
    }

    private static int[] codePointTable(String text) {
        int[] table = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = count;
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                count++;
            }
        }
        table[text.length()] = count;
        return table;
    }

    // The index in the text of the char at the given index of the matching form.
    private int origin(int matchingIndex) {
        int run = Arrays.binarySearch(shiftAt, matchingIndex);
        return matchingIndex + shift[run >= 0 ? run : -run - 2];
    }

    // The number of code points of the text before the given char index.
    private int codePoint(int charIndex) {
        return codePoints == null ? charIndex : codePoints[charIndex];
    }

    // Writes the matching form of the text; where origin is not null, records for each char of the result the
    // index of the char of the text it came from.
    private static String matchingForm(String text, int[] origin) {
        if (origin == null && isMatchingForm(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
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
                if (origin != null) {
                    origin[out.length()] = pendingSpace;
                }
                out.append(' ');
            }
            space = false;
            if (origin != null) {
                origin[out.length()] = i;
            }
            out.append(plain(c));
        }
        return out.toString();
    }

    // Every word start of the matching form (its start and each char after a space) as the word's hash in the
    // high half and its position in the low half, sorted: the positions of a word, in text order, by binary search.
    private static long[] wordStarts(String matching) {
        long[] keys = new long[matching.length()];
        int n = 0;
        for (int at = 0; at < matching.length(); at++) {
            if (at == 0 || matching.charAt(at - 1) == ' ') {
                int end = matching.indexOf(' ', at);
                keys[n++] = key(wordHash(matching, at, end < 0 ? matching.length() : end), at);
            }
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static int wordHash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    private static long key(int hash, int position) {
        return ((long) hash << 32) | position;
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
        return matchingForm(Checks.notNull(text, "text"), null);
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
     * Returns whether the quote occurs in matching form, as {@link #occurrences} would find it.
     *
     * @param quote a quote as written in a citation; not null
     * @return whether it occurs at least once; false for a quote of only white space
     */
    public boolean contains(String quote) {
        return starts(normalize(quote)).length > 0;
    }

    /**
     * Returns whether the snapshot text contains the quote character for character, as {@link String#contains}
     * says, looking first where the quote occurs in matching form.
     *
     * @param quote a quote as written in a citation; not null
     * @return whether the text contains it unchanged
     */
    public boolean containsVerbatim(String quote) {
        // A copy of the text is also found in matching form, at the place its first character maps to; so most
        // copies are confirmed by one comparison, and only a quote found nowhere that way costs a scan.
        for (int at : starts(normalize(quote))) {
            if (text.startsWith(quote, origin(at))) {
                return true;
            }
        }
        return text.contains(quote);
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
        for (int at : starts(wanted)) {
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
        List<QuotePlace> places = new ArrayList<>();
        int length = normalize(citation.quote()).length();
        for (int at : allowedStarts(citation)) {
            places.add(place(at, at + length));
        }
        return places;
    }

    /**
     * Returns how many places the citation's quote, prefix and suffix allow, as {@link #places} would list them.
     *
     * @param citation a citation of this snapshot's source; not null
     * @return the number of places; 1 when the citation points to one place
     */
    public int countPlaces(Citation citation) {
        return allowedStarts(citation).length;
    }

    private int[] allowedStarts(Citation citation) {
        String wanted = normalize(citation.quote());
        String prefix = citation.prefix() == null ? null : normalize(citation.prefix());
        String suffix = citation.suffix() == null ? null : normalize(citation.suffix());
        int[] starts = starts(wanted);
        int n = 0;
        for (int at : starts) {
            if ((prefix == null || endsBefore(at, prefix))
                    && (suffix == null || startsAfter(at + wanted.length(), suffix))) {
                starts[n++] = at;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    // Where the text in matching form starts in the matching form, overlapping starts included, in text order.
    private int[] starts(String wanted) {
        if (wanted.isEmpty()) {
            return new int[0];
        }
        // A word that follows a space of the quote and is followed by another starts a word of the snapshot
        // wherever the quote occurs, so the word's positions are the only candidates; one binary search replaces
        // a scan of the whole snapshot.
        int space = wanted.indexOf(' ');
        int wordEnd = space < 0 ? -1 : wanted.indexOf(' ', space + 1);
        if (wordEnd < 0) {
            return scan(wanted);
        }
        int offset = space + 1;
        int hash = wordHash(wanted, offset, wordEnd);
        int first = Arrays.binarySearch(wordStarts, key(hash, 0));
        first = first < 0 ? -first - 1 : first;
        int[] found = new int[4];
        int n = 0;
        for (int i = first; i < wordStarts.length && (int) (wordStarts[i] >>> 32) == hash; i++) {
            int at = (int) wordStarts[i] - offset;
            if (at >= 0 && matching.startsWith(wanted, at)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = at;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private int[] scan(String wanted) {
        int[] found = new int[4];
        int n = 0;
        for (int at = matching.indexOf(wanted); at >= 0; at = matching.indexOf(wanted, at + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = at;
        }
        return Arrays.copyOf(found, n);
    }

    // Whether the matching form ends with the prefix just before the given index, one space between allowed.
    private boolean endsBefore(int at, String prefix) {
        int end = at > 0 && matching.charAt(at - 1) == ' ' ? at - 1 : at;
        return end >= prefix.length() && matching.startsWith(prefix, end - prefix.length());
    }

    // Whether the matching form starts with the suffix at the given index, one space between allowed.
    private boolean startsAfter(int at, String suffix) {
        int start = at < matching.length() && matching.charAt(at) == ' ' ? at + 1 : at;
        return matching.startsWith(suffix, start);
    }

    private QuotePlace place(int matchStart, int matchEnd) {
        int from = origin(matchStart);
        int last = origin(matchEnd - 1);
        int to = last + (Character.isHighSurrogate(text.charAt(last)) && last + 1 < text.length() ? 2 : 1);
        int start = codePoint(from);
        int end = codePoint(to);
        int textStart = text.offsetByCodePoints(from, -Math.min(CONTEXT, start));
        int textEnd = text.offsetByCodePoints(to, Math.min(CONTEXT, codePoint(text.length()) - end));
        return new QuotePlace(
                start, end, text.substring(from, to), text.substring(textStart, from), text.substring(to, textEnd));
    }

    // Whether the text is already in matching form: no outer white space, no white space but single spaces, no
    // typographic quote marks. Most quotes are, and are then used as they are.
    private static boolean isMatchingForm(String text) {
        int length = text.length();
        if (length > 0 && (isSpace(text.charAt(0)) || isSpace(text.charAt(length - 1)))) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? text.charAt(i + 1) == ' ' : isSpace(c) || plain(c) != c) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u007f') {
            return false;
        }
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
