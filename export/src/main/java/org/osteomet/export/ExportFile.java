package org.osteomet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * One file of an export: its path inside the output folder and how to write its text.
 *
 * @param path the path relative to the output folder, such as {@code csv/claims.csv}
 * @param body writes the file's text; it is called once, when the file is written
 */
record ExportFile(String path, Body body) {
    /** Writes a file's text to a UTF-8 writer, piece by piece, so that no file is ever held whole in memory. */
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    ExportFile {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(body, "body must not be null");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
    }
}
