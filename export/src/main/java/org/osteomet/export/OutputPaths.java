package org.osteomet.export;

import java.util.regex.Pattern;

/**
 * The allow-list for paths written inside the output folder.
 *
 * <p>Folder names are kebab-case; a file name is a kebab-case name (optionally with one more dotted kebab-case
 * part, as in {@code osteomet.schema.json}) or a FHIR resource type name, then {@code .json}, {@code .ndjson},
 * {@code .csv}, {@code .html} or {@code .css}. Anything else, such as {@code ../x}, {@code /etc/x} or a name with a NUL, is refused before a
 * single byte is written.
 */
final class OutputPaths {
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FILE = Pattern.compile(
            "([a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)?|[A-Z][A-Za-z]{1,63})\\.(json|ndjson|csv|html|css)");
    private static final int MAX_DEPTH = 3;
    private static final int MAX_SEGMENT = 130;

    private OutputPaths() {}

    /**
     * Checks one path relative to the output folder.
     *
     * @param path such as {@code fhir/ndjson/Provenance.ndjson}; not null
     * @throws ExportException if the path is not on the allow-list, naming it
     */
    static void check(String path) throws ExportException {
        String[] segments = path.split("/", -1);
        boolean ok = segments.length <= MAX_DEPTH;
        for (int i = 0; ok && i < segments.length; i++) {
            Pattern pattern = i == segments.length - 1 ? FILE : FOLDER;
            ok = segments[i].length() <= MAX_SEGMENT
                    && pattern.matcher(segments[i]).matches();
        }
        if (!ok) {
            throw new ExportException("refusing to write \"" + printable(path)
                    + "\": output file names must be kebab-case or FHIR resource type names inside the output folder.");
        }
    }

    /** Returns the path with control characters shown as {@code \\uXXXX}, so a message never carries them. */
    private static String printable(String path) {
        StringBuilder out = new StringBuilder();
        path.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
