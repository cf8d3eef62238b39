package org.osteomet.content;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A strictly parsed JSON file, able to say on which line and column each value is.
 *
 * <p>Locations are worked out on first use, by parsing the bytes once more: most documents never need one, and
 * tracking them for every value would make parsing several times slower.
 */
public final class JsonDocument {
    private final String file;
    private final JsonNode root;
    private final byte[] bytes;
    private Map<String, Location> locations;

    JsonDocument(String file, JsonNode root, byte[] bytes) {
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.root = Objects.requireNonNull(root, "root must not be null");
        this.bytes = Objects.requireNonNull(bytes, "bytes must not be null");
    }

    /** Returns the path relative to the content folder, with {@code /} separators. */
    public String file() {
        return file;
    }

    /** Returns the parsed tree. */
    public JsonNode root() {
        return root;
    }

    /**
     * Returns the location of the value at the pointer, or of its nearest located parent.
     *
     * @param pointer an RFC 6901 JSON Pointer; not null
     * @return the location; for an object member, where its name starts; the start of the file if nothing on the
     *     path is located
     */
    public synchronized Location locate(String pointer) {
        if (locations == null) {
            locations = StrictJsonParser.locations(file, bytes);
        }
        String current = pointer;
        while (true) {
            Location location = locations.get(current);
            if (location != null) {
                return location;
            }
            if (current.isEmpty()) {
                return Location.START;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** Returns the problem at the pointer, located in this document. */
    public ContentProblem problem(String pointer, String rule, String message) {
        return new ContentProblem(file, locate(pointer), pointer, rule, message);
    }

    @Override
    public String toString() {
        return "JsonDocument[" + file + "]";
    }
}
