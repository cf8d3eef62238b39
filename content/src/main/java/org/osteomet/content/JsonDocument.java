package org.osteomet.content;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A strictly parsed JSON file with the line and column of every value.
 *
 * @param file path relative to the content folder, with {@code /} separators
 * @param root the parsed tree
 * @param locations the location of every value by JSON Pointer; for an object member, where its name starts
 */
public record JsonDocument(String file, JsonNode root, Map<String, Location> locations) {
    public JsonDocument {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(root, "root must not be null");
        locations = Map.copyOf(locations);
    }

    /**
     * Returns the location of the value at the pointer, or of its nearest located parent.
     *
     * @param pointer an RFC 6901 JSON Pointer; not null
     * @return the location; the start of the file if nothing on the path is located
     */
    public Location locate(String pointer) {
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
}
