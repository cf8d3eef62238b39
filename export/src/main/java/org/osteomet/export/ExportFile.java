package org.osteomet.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * One file of an export: its path inside the output folder and how to write its bytes.
 *
 * @param path the path relative to the output folder, such as {@code csv/claims.csv}
 * @param body writes the file's bytes; it is called once, when the file is written
 */
record ExportFile(String path, Body body) {
    /** Writes a file's bytes, piece by piece, so that no file is ever held whole in memory. */
    interface Body {
        /** Writes the file to {@code out}, which it neither closes nor needs to flush. */
        void writeTo(OutputStream out) throws IOException;
    }

    ExportFile {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(body, "body must not be null");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
    }
}
