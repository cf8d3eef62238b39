package org.osteomet.content;

/**
 * Sees each JSON document of a content folder while it is read, before its tree is let go.
 *
 * <p>A folder's trees are not kept: for a large folder they would take several times the memory of its records.
 * Checks that need the JSON as written, such as JSON Schema, run here instead.
 *
 * <p>Files are read in parallel, so a listener is called from several threads at once and in no set order; it
 * must be thread-safe.
 */
@FunctionalInterface
public interface DocumentListener {
    /** A listener that does nothing. */
    DocumentListener NONE = (document, kind) -> {};

    /**
     * Called once for every document that parsed, after its records were bound.
     *
     * @param document the parsed document; not null
     * @param kind the kind of file its path names; not null
     */
    void parsed(JsonDocument document, ContentLayout.FileKind kind);
}
