package org.osteomet.content;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A JSON file of a content folder that parsed, and how to find where a JSON Pointer is in it.
 *
 * <p>Locations are found again when first asked for, by reading and parsing the file once more, and are kept
 * only while memory allows: a folder's location tables would take more memory than its records, and most runs
 * never ask for one. If the file changed or vanished since it was read, locations fall back to the start of the
 * file.
 */
public final class ParsedFile {
    private final String file;
    private final Path path;
    private SoftReference<JsonDocument> document = new SoftReference<>(null);

    ParsedFile(String file, Path path) {
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.path = Objects.requireNonNull(path, "path must not be null");
    }

    /** Returns the path relative to the content folder, with {@code /} separators. */
    public String file() {
        return file;
    }

    /**
     * Returns the location of the value at the pointer, or of its nearest located parent.
     *
     * @param pointer an RFC 6901 JSON Pointer; not null
     * @return the location; the start of the file if nothing on the path is located
     */
    public synchronized Location locate(String pointer) {
        JsonDocument parsed = document.get();
        if (parsed == null) {
            try {
                parsed = StrictJsonParser.parse(file, Files.readAllBytes(path));
            } catch (IOException | JsonReadException e) {
                return Location.START;
            }
            document = new SoftReference<>(parsed);
        }
        return parsed.locate(pointer);
    }

    @Override
    public String toString() {
        return "ParsedFile[" + file + "]";
    }
}
