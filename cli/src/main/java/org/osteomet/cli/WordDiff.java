package org.osteomet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A word-level diff of two texts, as a longest common subsequence of their words: what a reviewer needs to see
 * of a quote in which one word changed. White space between words is not compared.
 *
 * @param pieces the runs of kept, deleted and inserted words, in order; adjacent pieces differ in operation
 */
record WordDiff(List<Piece> pieces) {

    /** What happened to a run of words. */
    enum Op {
        EQUAL,
        DELETE,
        INSERT
    }

    /**
     * A run of words with one operation.
     *
     * @param op what happened to them
     * @param words the words, in order; not empty
     */
    record Piece(Op op, List<String> words) {
        Piece {
            Objects.requireNonNull(op, "op must not be null");
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("words must not be empty");
            }
        }

        String text() {
            return String.join(" ", words);
        }
    }

    /** Beyond this many word pairs the texts are shown as one deletion and one insertion. */
    private static final long MAX_CELLS = 4_000_000;

    WordDiff {
        pieces = List.copyOf(pieces);
    }

    /** Returns the word diff of two texts. */
    static WordDiff of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        List<Piece> pieces = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(pieces, Op.DELETE, a);
            add(pieces, Op.INSERT, b);
            return new WordDiff(pieces);
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(pieces, Op.EQUAL, List.of(a.get(i++)));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
                add(pieces, Op.INSERT, List.of(b.get(j++)));
            } else {
                add(pieces, Op.DELETE, List.of(a.get(i++)));
            }
        }
        return new WordDiff(pieces);
    }

    /**
     * Returns the diff marked as {@code git diff --word-diff=plain} marks it: {@code [-deleted-]} and
     * {@code {+inserted+}}, with every kept word.
     */
    String marked() {
        return marked(Integer.MAX_VALUE);
    }

    /**
     * Returns the diff marked, keeping at most {@code context} kept words beside each change and writing the rest
     * of a long kept run as {@code …}.
     */
    String marked(int context) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            // A replacement reads as one unit: [-old-]{+new+}, as git writes it.
            boolean replacement =
                    piece.op() == Op.INSERT && p > 0 && pieces.get(p - 1).op() == Op.DELETE;
            if (p > 0 && !replacement) {
                out.append(' ');
            }
            switch (piece.op()) {
                case DELETE -> out.append("[-").append(piece.text()).append("-]");
                case INSERT -> out.append("{+").append(piece.text()).append("+}");
                case EQUAL -> out.append(kept(piece.words(), p > 0, p < pieces.size() - 1, context));
            }
        }
        return out.toString();
    }

    private static String kept(List<String> words, boolean changeBefore, boolean changeAfter, int context) {
        int head = changeBefore ? context : 0;
        int tail = changeAfter ? context : 0;
        if ((long) head + tail >= words.size()) {
            return String.join(" ", words);
        }
        List<String> shown = new ArrayList<>(words.subList(0, head));
        shown.add("…");
        shown.addAll(words.subList(words.size() - tail, words.size()));
        return String.join(" ", shown);
    }

    private static void add(List<Piece> pieces, Op op, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).op() == op) {
            List<String> joined = new ArrayList<>(pieces.get(last).words());
            joined.addAll(words);
            pieces.set(last, new Piece(op, joined));
        } else {
            pieces.add(new Piece(op, words));
        }
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }
}
