package org.osteomet.export;

import java.util.Locale;

/** A format the exporter can write, each into a folder of its own under the output folder. */
public enum ExportFormat {
    /** {@code json/osteomet.json}: the whole content in one canonical file, with its JSON Schema. */
    JSON,
    /** {@code ndjson/<kind>.ndjson}: one record per line, for streaming tools. */
    NDJSON,
    /** {@code csv/<table>.csv}: RFC 4180 tables for spreadsheets. */
    CSV,
    /** {@code fhir/bundle.json}, {@code fhir/extensions.json} and {@code fhir/ndjson/<ResourceType>.ndjson}: FHIR R5. */
    FHIR;

    /** Returns the name of the folder this format is written into, such as {@code json}. */
    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
