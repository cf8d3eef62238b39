package org.osteomet.core;

/**
 * Where a quote sits in its snapshot, as the W3C Web Annotation selectors state it.
 *
 * <p>{@code start} and {@code end} form a {@code TextPositionSelector}; {@code exact}, {@code prefix} and
 * {@code suffix} a {@code TextQuoteSelector}. Positions count Unicode code points of the snapshot text, and the
 * texts are the snapshot's own, byte for byte, whatever white space or quote marks the citation's quote uses.
 *
 * @param start the code point offset of the first character of the quote
 * @param end the code point offset just after its last character
 * @param exact the snapshot's text from {@code start} to {@code end}
 * @param prefix up to {@link SnapshotIndex#CONTEXT} code points of the snapshot just before; empty at the start
 * @param suffix up to {@link SnapshotIndex#CONTEXT} code points just after; empty at the end
 */
public record QuotePlace(int start, int end, String exact, String prefix, String suffix) {
    /**
     * Checks the offsets and texts.
     *
     * @param start the code point offset of the first character of the quote
     * @param end the code point offset just after its last character
     * @param exact the snapshot's text from {@code start} to {@code end}
     * @param prefix up to {@link SnapshotIndex#CONTEXT} code points of the snapshot just before
     * @param suffix up to {@link SnapshotIndex#CONTEXT} code points just after
     */
    public QuotePlace {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("start must be at least 0 and end after start");
        }
        Checks.notBlank(exact, "exact");
        if (exact.codePointCount(0, exact.length()) != end - start) {
            throw new IllegalArgumentException("exact must be end - start code points long");
        }
        Checks.notNull(prefix, "prefix");
        Checks.notNull(suffix, "suffix");
    }
}
