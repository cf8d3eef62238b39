package org.osteomet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.osteomet.core.Content;

/**
 * Loads osteomet content: the packaged default from the classpath, or a folder.
 *
 * <p>Typical use: {@code Content content = ContentLoader.load();}
 */
public final class ContentLoader {
    /** Where the packaged content lives on the classpath. */
    public static final String PACKAGED_ROOT = "/org/osteomet/content/data/";

    private ContentLoader() {}

    /**
     * Loads the content packaged in this library.
     *
     * @return the content
     * @throws ContentException if the packaged content has problems (a build that passed its tests has none)
     */
    public static Content load() {
        return load(packagedRoot());
    }

    /**
     * Loads the content of a folder laid out as {@code docs/vocabulary.md} describes.
     *
     * @param folder the content folder; not null
     * @return the content
     * @throws ContentException listing every problem if any file cannot be read as valid content
     */
    public static Content load(Path folder) {
        ContentFiles files = read(folder);
        if (!files.problems().isEmpty()) {
            throw new ContentException(files.problems());
        }
        return files.content();
    }

    /**
     * Reads a folder without failing on bad content: every problem is recorded and every readable record kept.
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

    /** Reads a file's bytes; tests count the reads. */
    @FunctionalInterface
    interface FileReader {
        byte[] read(Path path) throws IOException;
    }

    static ContentFiles read(Path folder, DocumentGate gate, FileReader reader) {
        ContentFiles.Builder out = new ContentFiles.Builder();
        if (!Files.isDirectory(folder)) {
            out.problems()
                    .add(fileProblem(
                            folder.toString(),
                            "io/unreadable",
                            "the content folder does not exist or is not a folder"));
            return out.build();
        }
        Path root = followLink(folder);
        Interner interner = new Interner();
        // Files are independent until the rules meet them, so they are read on every core; the parts are joined
        // in file order, so the result does not depend on which thread read what.
        listFiles(root, out).parallelStream()
                .map(file -> readFile(root, file, gate, reader, interner))
                .toList()
                .forEach(out::add);
        return out.build();
    }

    private static ContentFiles.Builder readFile(
            Path root, String file, DocumentGate gate, FileReader reader, Interner interner) {
        ContentFiles.Builder out = new ContentFiles.Builder();
        Path path = resolve(root, file);
        Optional<ContentLayout.FileKind> kind = ContentLayout.jsonKind(file);
        Optional<String> snapshot = ContentLayout.snapshotSourceId(file);
        if (kind.isEmpty() && snapshot.isEmpty()) {
            out.unexpectedFiles().add(file);
            return out;
        }
        byte[] bytes = readBytes(path, file, reader, out);
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

    /** Reads the packaged content without failing on problems. */
    public static ContentFiles readPackaged() {
        return read(packagedRoot());
    }

    /** Reads the packaged content without failing on problems, showing each document to the gate. */
    public static ContentFiles readPackaged(DocumentGate gate) {
        return read(packagedRoot(), gate);
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

    private static String relative(Path folder, Path file) {
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
    private static byte[] readBytes(Path path, String file, FileReader reader, ContentFiles.Builder out) {
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

    private static Path packagedRoot() {
        URL marker = ContentLoader.class.getResource(PACKAGED_ROOT + ContentLayout.SOURCES);
        if (marker == null) {
            throw new IllegalStateException("the packaged content is missing from the classpath");
        }
        try {
            URI uri = marker.toURI();
            Path sources;
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                sources = jar.provider().getPath(uri);
            } else {
                sources = Path.of(uri);
            }
            return sources.getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the packaged content", e);
        }
    }
}
