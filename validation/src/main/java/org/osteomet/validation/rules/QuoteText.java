package org.osteomet.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osteomet.core.SnapshotIndex;

/**
 * Quote matching as {@code docs/rules/quote-appears-in-source.md} documents it: runs of white space (including
 * non-breaking spaces) count as one space, and typographic quotes match their ASCII forms.
 */
final class QuoteText {
    private QuoteText() {}

    /** Returns the text in its matching form, as {@link SnapshotIndex#normalize} defines it. */
    static String normalize(String text) {
        return SnapshotIndex.normalize(text);
    }

    /**
     * Returns the passage of the source most like the quote: the window of as many words that shares the most
     * words with it.
     *
     * @param quote the quote as written; not null
     * @param source the source text; not null
     * @return the closest passage in matching form, or an empty string if the source has no words
     */
    static String closestPassage(String quote, String source) {
        String[] quoteWords = normalize(quote).split(" ");
        String[] words = normalize(source).split(" ");
        int width = Math.min(quoteWords.length, words.length);
        if (width == 0 || words[0].isEmpty()) {
            return "";
        }
        Map<String, Integer> wanted = new HashMap<>();
        for (String word : quoteWords) {
            wanted.merge(word, 1, Integer::sum);
        }
        Map<String, Integer> window = new HashMap<>();
        int shared = 0;
        for (int i = 0; i < width; i++) {
            shared += add(window, wanted, words[i], 1);
        }
        int best = shared;
        int bestStart = 0;
        int bestAligned = aligned(quoteWords, words, 0);
        for (int start = 1; start + width <= words.length; start++) {
            shared += add(window, wanted, words[start - 1], -1);
            shared += add(window, wanted, words[start + width - 1], 1);
            if (shared >= best) {
                // Among windows sharing as many words, prefer the one whose words sit in the quote's order.
                int aligned = aligned(quoteWords, words, start);
                if (shared > best || aligned > bestAligned) {
                    best = shared;
                    bestStart = start;
                    bestAligned = aligned;
                }
            }
        }
        return String.join(" ", Arrays.copyOfRange(words, bestStart, bestStart + width));
    }

    /** Returns the first word where the quote and the passage differ, as "quote word / passage word". */
    static List<String> firstDifference(String quote, String passage) {
        String[] a = normalize(quote).split(" ");
        String[] b = passage.split(" ");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return List.of(a[i], b[i]);
            }
        }
        return new ArrayList<>();
    }

    private static int aligned(String[] quoteWords, String[] words, int start) {
        int count = 0;
        for (int i = 0; i < quoteWords.length && start + i < words.length; i++) {
            if (quoteWords[i].equals(words[start + i])) {
                count++;
            }
        }
        return count;
    }

    private static int add(Map<String, Integer> window, Map<String, Integer> wanted, String word, int delta) {
        int before = Math.min(window.getOrDefault(word, 0), wanted.getOrDefault(word, 0));
        window.merge(word, delta, Integer::sum);
        int after = Math.min(window.getOrDefault(word, 0), wanted.getOrDefault(word, 0));
        return after - before;
    }
}
