package org.osteomet.content.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.osteomet.content.ContentProblem;
import org.osteomet.content.Location;

/**
 * Reads content without failing on bad content: from a folder, or the packaged content from the classpath.
 *
 * <p>Every problem is recorded and every readable record kept. The packaged content is found through an index
 * that the build writes beside it, one resource path a line, and each file is read with
 * {@link Class#getResourceAsStream(String)}; so it loads from any classpath layout (a folder, a jar, a shaded jar,
 * a jar nested in another as Spring Boot packs it) and no file system is opened.
 */
public final class ContentReader {
    /** Where the packaged content lives on the classpath. */
    public static final String PACKAGED_ROOT = "/org/osteomet/content/data/";
    /** The packaged index: the path of every packaged content file relative to {@link #PACKAGED_ROOT}, sorted. */
    public static final String PACKAGED_INDEX = "/org/osteomet/content/data-index.txt";

    private ContentReader() {}

    /**
     * Reads a folder laid out as {@code docs/vocabulary.md} describes.
     *
     * @param folder the content folder; not null
     * @return what was read, with the problems found
     */
    public static ContentFiles read(Path folder) {
        return read(folder, DocumentGate.ADMIT_ALL);
    }

    /**
     * Reads a folder like {@link #read(Path)}, showing each parsed document to a gate that decides whether its
     * records are bound; each file is read and parsed once, and only one file's tree is held at a time.
     *
     * @param folder the content folder; not null
     * @param gate sees each document that parsed, before it is bound; not null
     * @return what was read, with the problems found
     */
    public static ContentFiles read(Path folder, DocumentGate gate) {
        return read(folder, gate, Files::readAllBytes);
    }

    /**
     * Reads the packaged content.
     *
     * @return what was read, with the problems found (a build that passed its tests finds none)
     * @throws IllegalStateException if the packaged index is not on the classpath
     */
    public static ContentFiles readPackaged() {
        return readPackaged(DocumentGate.ADMIT_ALL);
    }

    /**
     * Reads the packaged content, showing each parsed document to the gate.
     *
     * @param gate sees each document that parsed, before it is bound; not null
     * @return what was read, with the problems found
     * @throws IllegalStateException if the packaged index is not on the classpath
     */
    public static ContentFiles readPackaged(DocumentGate gate) {
        return readPackaged(gate, ContentReader.class::getResourceAsStream);
    }

    /** Opens a classpath resource by its absolute name, or returns {@code null} if there is none; tests fake it. */
    @FunctionalInterface
    interface Resources {
        InputStream open(String name) throws IOException;
    }

    static ContentFiles readPackaged(DocumentGate gate, Resources resources) {
        return readAll(packagedIndex(resources), gate, (file, out) -> readResource(resources, file, out));
    }

    /** Reads a file's bytes; tests count the reads. */
    @FunctionalInterface
    interface FileReader {
        byte[] read(Path path) throws IOException;
    }

    /** Reads the bytes of one content file, or records why it cannot and returns {@code null}. */
    @FunctionalInterface
    private interface Bytes {
        byte[] read(String file, ContentFiles.Builder out);
    }

    static ContentFiles read(Path folder, DocumentGate gate, FileReader reader) {
        if (!Files.isDirectory(folder)) {
            ContentFiles.Builder out = new ContentFiles.Builder();
            out.problems()
                    .add(fileProblem(
                            folder.toString(),
                            "io/unreadable",
                            "the content folder does not exist or is not a folder"));
            return out.build();
        }
        Path root = followLink(folder);
        ContentFiles.Builder listing = new ContentFiles.Builder();
        List<String> files = listFiles(root, listing);
        ContentFiles.Builder out =
                readAllInto(listing, files, gate, (file, into) -> readFile(resolve(root, file), file, reader, into));
        return out.build();
    }

    private static ContentFiles readAll(List<String> files, DocumentGate gate, Bytes bytes) {
        return readAllInto(new ContentFiles.Builder(), files, gate, bytes).build();
    }

    private static ContentFiles.Builder readAllInto(
            ContentFiles.Builder out, List<String> files, DocumentGate gate, Bytes bytes) {
        Interner interner = new Interner();
        // Files are independent until the rules meet them, so they are read on every core; the parts are joined
        // in file order, so the result does not depend on which thread read what.
        files.parallelStream()
                .map(file -> readOne(file, gate, bytes, interner))
                .toList()
                .forEach(out::add);
        return out;
    }

    private static ContentFiles.Builder readOne(String file, DocumentGate gate, Bytes reader, Interner interner) {
        ContentFiles.Builder out = new ContentFiles.Builder();
        Optional<ContentLayout.FileKind> kind = ContentLayout.jsonKind(file);
        Optional<String> snapshot = ContentLayout.snapshotSourceId(file);
        if (kind.isEmpty() && snapshot.isEmpty()) {
            out.unexpectedFiles().add(file);
            return out;
        }
        byte[] bytes = reader.read(file, out);
        if (bytes == null) {
            return out;
        }
        if (snapshot.isPresent()) {
            out.snapshots().put(snapshot.get(), bytes);
            return out;
        }
        try {
            JsonDocument document = StrictJsonParser.parse(file, bytes);
            out.parsedFiles().put(file, document.locations());
            ContentBinder binder = new ContentBinder(out, interner);
            binder.noteUncitedClaims(document, kind.get());
            if (gate.admit(document, kind.get())) {
                binder.bind(document, kind.get());
            }
        } catch (JsonReadException e) {
            out.problems().add(e.problem());
        }
        return out;
    }

    // The index is written by the build from the same folder the resources are copied from, so a file it lists
    // and the classpath lacks means a broken package, which is reported like an unreadable file.
    private static List<String> packagedIndex(Resources resources) {
        InputStream index;
        try {
            index = resources.open(PACKAGED_INDEX);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the packaged content index " + PACKAGED_INDEX.substring(1), e);
        }
        if (index == null) {
            throw new IllegalStateException(
                    "the packaged content is missing from the classpath: no " + PACKAGED_INDEX.substring(1));
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isEmpty()).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read the packaged content index " + PACKAGED_INDEX.substring(1), e);
        }
    }

    private static byte[] readResource(Resources resources, String file, ContentFiles.Builder out) {
        try (InputStream in = resources.open(PACKAGED_ROOT + file)) {
            if (in == null) {
                out.problems()
                        .add(fileProblem(
                                file,
                                "io/unreadable",
                                "the packaged index lists the file but the classpath does not hold it"));
                return null;
            }
            byte[] bytes = in.readNBytes(StrictJsonParser.MAX_FILE_BYTES + 1);
            if (bytes.length > StrictJsonParser.MAX_FILE_BYTES) {
                out.problems()
                        .add(fileProblem(
                                file,
                                "json/limit",
                                "the file is more than " + StrictJsonParser.MAX_FILE_BYTES + " bytes; the limit is "
                                        + StrictJsonParser.MAX_FILE_BYTES + " bytes"));
                return null;
            }
            return bytes;
        } catch (IOException e) {
            out.problems()
                    .add(fileProblem(
                            file,
                            "io/unreadable",
                            "cannot read the file: " + e.getClass().getSimpleName()));
            return null;
        }
    }

    /** Returns the folder a symbolic link names, so that a linked content folder is read, not skipped. */
    private static Path followLink(Path folder) {
        try {
            return Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        } catch (IOException e) {
            return folder;
        }
    }

    private static List<String> listFiles(Path folder, ContentFiles.Builder out) {
        try (Stream<Path> walk = Files.walk(folder)) {
            // A folder named like a content file is kept, so that it is reported rather than skipped.
            return walk.filter(p -> !p.equals(folder))
                    .map(p -> relative(folder, p))
                    .filter(name -> !Files.isDirectory(resolve(folder, name), LinkOption.NOFOLLOW_LINKS)
                            || ContentLayout.jsonKind(name).isPresent()
                            || ContentLayout.snapshotSourceId(name).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            out.problems()
                    .add(fileProblem(
                            folder.toString(), "io/unreadable", "cannot list the content folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** Returns the path of a file relative to a folder, with {@code /} separators. */
    static String relative(Path folder, Path file) {
        Path relative = folder.relativize(file);
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part.toString());
        }
        return name.toString();
    }

    private static Path resolve(Path folder, String file) {
        Path path = folder;
        for (String part : file.split("/")) {
            path = path.resolve(part);
        }
        return path;
    }

    // Only a regular file is opened: a FIFO would block the read and a device would never end, so anything else
    // is refused from its attributes alone, read without following links.
    private static byte[] readFile(Path path, String file, FileReader reader, ContentFiles.Builder out) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                out.problems().add(fileProblem(file, "io/unreadable", "content files must not be symbolic links"));
                return null;
            }
            if (attributes.isDirectory()) {
                out.problems()
                        .add(fileProblem(
                                file, "io/unreadable", "a folder is named like a content file; it must be a file"));
                return null;
            }
            if (!attributes.isRegularFile()) {
                out.problems()
                        .add(fileProblem(
                                file,
                                "io/unreadable",
                                "not a regular file (a pipe, device or socket); content files must be plain files"));
                return null;
            }
            if (attributes.size() > StrictJsonParser.MAX_FILE_BYTES) {
                out.problems()
                        .add(fileProblem(
                                file,
                                "json/limit",
                                "the file is " + attributes.size() + " bytes; the limit is "
                                        + StrictJsonParser.MAX_FILE_BYTES + " bytes"));
                return null;
            }
            return reader.read(path);
        } catch (IOException e) {
            out.problems()
                    .add(fileProblem(
                            file,
                            "io/unreadable",
                            "cannot read the file: " + e.getClass().getSimpleName()));
            return null;
        }
    }

    /** Returns a problem with a whole file or folder, located at its start. */
    private static ContentProblem fileProblem(String file, String rule, String message) {
        return new ContentProblem(file, Location.START, "", rule, message);
    }
}
