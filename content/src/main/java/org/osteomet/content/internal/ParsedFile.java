package org.osteomet.content.internal;

import java.util.Arrays;
import java.util.Objects;
import org.osteomet.content.Location;

/**
 * A JSON file of a content folder that parsed, and where each of its values is, as its one parse recorded.
 *
 * <p>The tree itself is not kept. For each value, in document order, the table holds its start as a character
 * offset (an object member's where its name starts), its depth and its member name; a pointer is found by
 * walking that order. Property names are Jackson's canonical instances, so a folder's tables cost about nine
 * bytes a value and four a line, and no pointer strings.
 */
public final class ParsedFile {
    private final String file;
    private final int[] lineStarts;
    private final int[] offsets;
    private final byte[] depths;
    private final String[] names;
    // Where each value's subtree ends, worked out on the first lookup: most files are never asked.
    private int[] ends;

    ParsedFile(String file, int[] lineStarts, int[] offsets, byte[] depths, String[] names) {
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.lineStarts = lineStarts;
        this.offsets = offsets;
        this.depths = depths;
        this.names = names;
    }

    /** {@return the path relative to the content folder, with {@code /} separators} */
    public String file() {
        return file;
    }

    /**
     * Returns the location of the value at the pointer, or of its nearest located parent.
     *
     * @param pointer an RFC 6901 JSON Pointer; not null
     * @return the location; for an object member, where its name starts; the start of the file if nothing on the
     *     path is located
     */
    public Location locate(String pointer) {
        if (offsets.length == 0) {
            return Location.START;
        }
        int[] subtreeEnds = ends();
        int node = 0;
        int from = 1;
        while (from <= pointer.length()) {
            int to = pointer.indexOf('/', from);
            to = to < 0 ? pointer.length() : to;
            int child = child(subtreeEnds, node, unescape(pointer.substring(from, to)));
            if (child < 0) {
                break;
            }
            node = child;
            from = to + 1;
        }
        return location(node);
    }

    /** Returns how many values were recorded. */
    int size() {
        return offsets.length;
    }

    /** Returns the location of the value at the index, in document order. */
    Location location(int index) {
        return location(lineStarts, offsets[index]);
    }

    /** Returns the line and column of a character offset, given where each line starts. */
    static Location location(int[] lineStarts, int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        line = line >= 0 ? line : -line - 2;
        return new Location(line + 1, offset - lineStarts[line] + 1);
    }

    // The last member of that name wins, so that in a document that failed on a duplicate key the duplicate is
    // found.
    private int child(int[] subtreeEnds, int node, String token) {
        int index = arrayIndex(token);
        int found = -1;
        int position = 0;
        for (int child = node + 1; child < subtreeEnds[node]; child = subtreeEnds[child]) {
            if (names[child] != null) {
                if (names[child].equals(token)) {
                    found = child;
                }
            } else if (position++ == index) {
                return child;
            }
        }
        return found;
    }

    private synchronized int[] ends() {
        if (ends == null) {
            int[] computed = new int[offsets.length];
            int[] open = new int[Byte.MAX_VALUE + 1];
            int depth = -1;
            for (int i = 0; i < offsets.length; i++) {
                while (depth >= 0 && depths[open[depth]] >= depths[i]) {
                    computed[open[depth--]] = i;
                }
                open[++depth] = i;
            }
            while (depth >= 0) {
                computed[open[depth--]] = offsets.length;
            }
            ends = computed;
        }
        return ends;
    }

    private static int arrayIndex(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }

    private static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }

    @Override
    public String toString() {
        return "ParsedFile[" + file + "]";
    }
}
