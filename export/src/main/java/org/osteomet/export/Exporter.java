package org.osteomet.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.osteomet.core.Content;

/**
 * Writes osteomet content in the chosen formats, with a manifest, into one output folder.
 *
 * <p>Typical use: {@code Exporter.write(content, "2026.11", Path.of("build/export"), EnumSet.allOf(ExportFormat.class))}.
 * The same content and version always give byte-identical files, whatever the locale, time zone or run. The
 * output folder is replaced as a whole (see {@link #write(Content, String, Path, Set, CsvVariant)}).
 */
public final class Exporter {
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,63}");

    private Exporter() {}

    /**
     * Writes the given formats plus manifest.json into outDir atomically; returns the manifest entries written.
     *
     * <p>CSV tables are written as {@link CsvVariant#RFC_4180}.
     *
     * @param content the content; not null
     * @param contentVersion the version recorded in the manifest and the files, such as {@code 2026.11}: 1 to 64
     *     letters, digits, dots, hyphens, underscores or plus signs, starting with a letter or digit; not null
     * @param outDir the output folder; not null
     * @param formats the formats to write; not null, may be empty (then only the manifest is written)
     * @return one entry per file written, sorted by path, without {@code manifest.json} itself
     * @throws ExportException if the output cannot be written; the previous content of {@code outDir} is then
     *     unchanged
     */
    public static List<ManifestEntry> write(
            Content content, String contentVersion, Path outDir, Set<ExportFormat> formats) throws ExportException {
        return write(content, contentVersion, outDir, formats, CsvVariant.RFC_4180);
    }

    /**
     * Writes the given formats plus manifest.json into outDir atomically, with the CSV tables in the given variant.
     *
     * <p>Every file name is checked first; the files are then written one by one, each streamed into
     * {@code .<name>.staging-<n>} beside {@code outDir}, which replaces {@code outDir} at the end. {@code outDir} may
     * be missing, empty, or an earlier export; a symbolic link, a file, or a folder holding anything else is refused.
     *
     * @param content the content; not null
     * @param contentVersion see {@link #write(Content, String, Path, Set)}; not null
     * @param outDir the output folder; not null
     * @param formats the formats to write; not null
     * @param csv how to encode the CSV tables; not null
     * @return one entry per file written, sorted by path, without {@code manifest.json} itself
     * @throws ExportException if the output cannot be written; the previous content of {@code outDir} is then
     *     unchanged
     */
    public static List<ManifestEntry> write(
            Content content, String contentVersion, Path outDir, Set<ExportFormat> formats, CsvVariant csv)
            throws ExportException {
        return write(content, contentVersion, outDir, formats, csv, AtomicFolderWriter.Hook.NONE);
    }

    static List<ManifestEntry> write(
            Content content,
            String contentVersion,
            Path outDir,
            Set<ExportFormat> formats,
            CsvVariant csv,
            AtomicFolderWriter.Hook hook)
            throws ExportException {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(contentVersion, "contentVersion must not be null");
        Objects.requireNonNull(outDir, "outDir must not be null");
        Objects.requireNonNull(formats, "formats must not be null");
        Objects.requireNonNull(csv, "csv must not be null");
        if (!VERSION.matcher(contentVersion).matches()) {
            throw new ExportException("cannot write " + outDir + ": the content version must be 1 to 64 letters,"
                    + " digits, dots, hyphens, underscores or plus signs, starting with a letter or digit.");
        }
        List<ExportFile> files = files(content, contentVersion, formats, csv);
        return AtomicFolderWriter.write(outDir, files, entries -> Manifest.file(contentVersion, entries), hook);
    }

    /** Returns every file of the given formats, sorted by path, without the manifest; none is written yet. */
    static List<ExportFile> files(Content content, String version, Set<ExportFormat> formats, CsvVariant csv)
            throws ExportException {
        List<ExportFile> files = new ArrayList<>();
        if (formats.contains(ExportFormat.JSON)) {
            files.addAll(JsonExport.json(content, version));
        }
        if (formats.contains(ExportFormat.NDJSON)) {
            files.addAll(JsonExport.ndjson(content));
        }
        if (formats.contains(ExportFormat.CSV)) {
            files.addAll(CsvWriter.write(content, csv));
        }
        if (formats.contains(ExportFormat.FHIR)) {
            files.addAll(FhirExport.write(content, version));
        }
        files.sort(Comparator.comparing(ExportFile::path));
        return List.copyOf(files);
    }
}
