package org.osteomet.export;

import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * One resource of the FHIR bundle with the stable key its UUID is derived from.
 *
 * <p>A resource may be built only when it is written, so that a large export never holds every resource tree at
 * once; {@link #resource()} then builds it anew on each call.
 *
 * @param type the resource type, such as {@code Provenance}
 * @param key the stable key, such as a claim id; with the type it names the resource
 * @param builder returns the resource
 */
record FhirEntry(String type, String key, Supplier<ObjectNode> builder) {
    FhirEntry {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(builder, "builder must not be null");
    }

    /** An entry whose resource is already built. */
    FhirEntry(String type, String key, ObjectNode resource) {
        this(type, key, held(resource));
    }

    /** Returns an entry whose resource is built by {@code build} each time it is asked for. */
    static FhirEntry deferred(String type, String key, Supplier<FhirEntry> build) {
        return new FhirEntry(type, key, () -> build.get().resource());
    }

    ObjectNode resource() {
        return builder.get();
    }

    String fullUrl() {
        return Fhir.fullUrl(type, key);
    }

    private static Supplier<ObjectNode> held(ObjectNode resource) {
        Objects.requireNonNull(resource, "resource must not be null");
        return () -> resource;
    }
}
