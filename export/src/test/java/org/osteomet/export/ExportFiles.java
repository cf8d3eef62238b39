package org.osteomet.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a folder tree into a sorted map of relative path to bytes, for comparing outputs. */
final class ExportFiles {
    private ExportFiles() {}

    /** Reads the folder an output link points to, as a consumer that needs a real folder would ({@code realpath}). */
    static Map<String, byte[]> read(Path output) {
        Map<String, byte[]> files = new TreeMap<>();
        Path root;
        try {
            root = output.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Writes the files into memory, as the exporter would write them to disk; for tests of one format. */
    static Map<String, byte[]> render(java.util.List<ExportFile> files) {
        Map<String, byte[]> rendered = new TreeMap<>();
        for (ExportFile file : files) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                file.body().writeTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rendered.put(file.path(), bytes.toByteArray());
        }
        return rendered;
    }

    /** Returns the names in a folder, sorted; hidden staging folders included. */
    static java.util.List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
