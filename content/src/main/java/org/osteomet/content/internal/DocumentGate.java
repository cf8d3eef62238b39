package org.osteomet.content.internal;

/**
 * Sees each JSON document of a content folder after it parsed and before its records are bound, and decides
 * whether they are: a check such as JSON Schema refuses a document here, so that the binder only meets trees of
 * the shape it expects.
 *
 * <p>A folder's trees are not kept: for a large folder they would take several times the memory of its records.
 * Checks that need the JSON as written run here instead.
 *
 * <p>Files are read in parallel, so a gate is called from several threads at once and in no set order; it must
 * be thread-safe.
 */
@FunctionalInterface
public interface DocumentGate {
    /** A gate that binds every document; the binder then reports any value of the wrong shape itself. */
    DocumentGate ADMIT_ALL = (document, kind) -> true;

    /**
     * Called once for every document that parsed, before its records are bound.
     *
     * @param document the parsed document; not null
     * @param kind the kind of file its path names; not null
     * @return whether to bind the document's records; a refused document contributes none, and the gate is
     *     responsible for reporting why
     */
    boolean admit(JsonDocument document, ContentLayout.FileKind kind);
}
