package org.osteomet.export;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file the exporter wrote: its path inside the output folder, its size and its SHA-256.
 *
 * @param path the path relative to the output folder, with {@code /} between folders, such as {@code csv/claims.csv}
 * @param size the size in bytes
 * @param sha256 the lower-case hex SHA-256 of the file's bytes
 */
public record ManifestEntry(String path, long size, String sha256) {
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    /**
     * Creates an entry.
     *
     * @param path the path relative to the output folder, with {@code /} between folders, such as {@code csv/claims.csv}
     * @param size the size in bytes
     * @param sha256 the lower-case hex SHA-256 of the file's bytes
     * @throws NullPointerException if the path or digest is null
     * @throws IllegalArgumentException if the path is blank, the size negative or the digest not 64 lower-case hex
     *     digits
     */
    public ManifestEntry {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }
}
