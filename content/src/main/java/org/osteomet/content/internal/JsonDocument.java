package org.osteomet.content.internal;

import java.util.Objects;
import org.osteomet.content.ContentProblem;
import org.osteomet.content.Location;
import tools.jackson.databind.JsonNode;

/** A strictly parsed JSON file: its tree, and where each value is as the parse recorded it. */
public final class JsonDocument {
    private final String file;
    private final JsonNode root;
    private final ParsedFile locations;

    JsonDocument(String file, JsonNode root, ParsedFile locations) {
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.root = Objects.requireNonNull(root, "root must not be null");
        this.locations = Objects.requireNonNull(locations, "locations must not be null");
    }

    /** {@return the path relative to the content folder, with {@code /} separators} */
    public String file() {
        return file;
    }

    /** {@return the parsed tree} */
    public JsonNode root() {
        return root;
    }

    /** {@return where each value is; it outlives the tree} */
    public ParsedFile locations() {
        return locations;
    }

    /**
     * Returns the location of the value at the pointer, or of its nearest located parent.
     *
     * @param pointer an RFC 6901 JSON Pointer; not null
     * @return the location; for an object member, where its name starts
     */
    public Location locate(String pointer) {
        return locations.locate(pointer);
    }

    /**
     * Returns a problem at a value of this document, located where the value is.
     *
     * @param pointer RFC 6901 JSON Pointer to the value; not null
     * @param rule id of the broken rule, such as {@code json/type}; not null
     * @param message a sentence a content editor understands; not null
     * @return the located problem
     */
    public ContentProblem problem(String pointer, String rule, String message) {
        return new ContentProblem(file, locate(pointer), pointer, rule, message);
    }

    @Override
    public String toString() {
        return "JsonDocument[" + file + "]";
    }
}
