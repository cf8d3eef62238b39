package org.osteomet.export;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One resource of the FHIR bundle with the stable key its UUID is derived from.
 *
 * @param type the resource type, such as {@code Provenance}
 * @param key the stable key, such as a claim id; with the type it names the resource
 * @param resource the resource
 */
record FhirEntry(String type, String key, ObjectNode resource) {
    FhirEntry {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(resource, "resource must not be null");
    }

    String fullUrl() {
        return Fhir.fullUrl(type, key);
    }
}
