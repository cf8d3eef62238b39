package org.osteomet.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Replaces a folder's content all at once: files go into a staging folder beside it, which is then swapped in.
 *
 * <p>The staging folder is {@code .<name>.staging-<n>} in the same parent, so the final renames never cross file
 * systems. An existing output folder is renamed aside to {@code .<name>.previous-<n>}, the staging folder takes its
 * name, and only then is the old one deleted. If anything fails before that, the old folder is where it was and the
 * staging folder is gone. Files are created with {@code CREATE_NEW} and {@code NOFOLLOW_LINKS}, and nothing is
 * ever written through a symbolic link.
 */
final class AtomicFolderWriter {
    /** The names an earlier export may hold; a folder holding anything else is not replaced. */
    static final Set<String> EXPORT_ENTRIES = Stream.concat(
                    Arrays.stream(ExportFormat.values()).map(ExportFormat::folder), Stream.of(Manifest.FILE))
            .collect(Collectors.toUnmodifiableSet());

    private static final int MAX_ATTEMPTS = 1000;
    private static final int BUFFER = 1 << 16;

    /** Called before each step, such as {@code write csv/claims.csv} or {@code swap}; tests throw from it. */
    interface Hook {
        Hook NONE = step -> {};

        void before(String step) throws IOException;
    }

    private AtomicFolderWriter() {}

    /**
     * Writes the files into {@code outDir}, then the summary file made from their entries, replacing what it held.
     *
     * @param outDir the output folder; it may not exist yet, and may hold an earlier export
     * @param files the files, each written through a buffered stream in the order given; every path passes
     *     {@link OutputPaths}
     * @param summary returns the file written last, such as the manifest, from the entries of the others
     * @param hook called before each step
     * @return one entry per file of {@code files}, in their order
     * @throws ExportException if a path is not allowed, {@code outDir} cannot be replaced, or writing fails; the
     *     previous content of {@code outDir} is then unchanged
     */
    static List<ManifestEntry> write(
            Path outDir, List<ExportFile> files, Function<List<ManifestEntry>, ExportFile> summary, Hook hook)
            throws ExportException {
        for (ExportFile file : files) {
            OutputPaths.check(file.path());
        }
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new ExportException("refusing to write into " + target + ": choose a folder below the root.");
        }
        String name = target.getFileName().toString();
        checkTarget(target);
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + parent + " (" + reason(e) + ").", e);
        }
        Path staging = createStaging(parent, name);
        try {
            List<ManifestEntry> entries = new ArrayList<>();
            for (ExportFile file : files) {
                hook.before("write " + file.path());
                entries.add(writeFile(staging, file));
            }
            ExportFile last = summary.apply(List.copyOf(entries));
            OutputPaths.check(last.path());
            hook.before("write " + last.path());
            writeFile(staging, last);
            swap(target, staging, parent, name, hook);
            return List.copyOf(entries);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new ExportException(
                    "cannot write " + target + " (" + reason(e) + "); its previous content is unchanged.", e);
        } catch (ExportException | RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private static void checkTarget(Path target) throws ExportException {
        if (Files.isSymbolicLink(target)) {
            throw new ExportException("refusing to write to " + target + ": it is a symbolic link.");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportException("refusing to write to " + target + ": it exists and is not a folder.");
        }
        Set<String> foreign = new TreeSet<>();
        try (Stream<Path> entries = Files.list(target)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> !EXPORT_ENTRIES.contains(n))
                    .forEach(foreign::add);
        } catch (IOException e) {
            throw new ExportException("cannot list the folder " + target + " (" + reason(e) + ").", e);
        }
        if (!foreign.isEmpty()) {
            throw new ExportException("refusing to replace " + target + ": it holds "
                    + foreign.iterator().next() + ", so it is not an earlier export; choose a new or empty folder.");
        }
    }

    private static Path createStaging(Path parent, String name) throws ExportException {
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            Path staging = parent.resolve("." + name + ".staging-" + n);
            try {
                return Files.createDirectory(staging);
            } catch (FileAlreadyExistsException e) {
                // Left by an export that was killed, or running now: take the next number.
            } catch (IOException e) {
                throw new ExportException("cannot create a staging folder in " + parent + " (" + reason(e) + ").", e);
            }
        }
        throw new ExportException("cannot create a staging folder in " + parent + ": " + MAX_ATTEMPTS
                + " earlier staging folders are in the way.");
    }

    private static ManifestEntry writeFile(Path staging, ExportFile file) throws IOException {
        Path path = staging;
        String[] segments = file.path().split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            path = path.resolve(segments[i]);
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(path);
            }
        }
        path = path.resolve(segments[segments.length - 1]);
        try (FileChannel channel = FileChannel.open(
                path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            DigestingOutputStream digesting = new DigestingOutputStream(Channels.newOutputStream(channel));
            // Buffered before the digest, so that it is fed, and the channel written, in large pieces.
            OutputStream out = new BufferedOutputStream(digesting, BUFFER);
            file.body().writeTo(out);
            out.flush();
            // On disk before the rename makes it visible, so a crash cannot swap in an empty file.
            channel.force(true);
            return digesting.entry(file.path());
        }
    }

    private static void swap(Path target, Path staging, Path parent, String name, Hook hook)
            throws IOException, ExportException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            hook.before("swap");
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path previous = freeName(parent, "." + name + ".previous-");
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        try {
            hook.before("swap");
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException restore) {
                e.addSuppressed(restore);
                deleteQuietly(staging);
                throw new ExportException(
                        "cannot write " + target + " (" + reason(e)
                                + "), and its previous content could not be moved back: it is now in " + previous + ".",
                        e);
            }
            throw e;
        }
        // The new output is in place; an old copy that cannot be removed is left behind rather than failing.
        deleteQuietly(previous);
    }

    private static Path freeName(Path parent, String prefix) throws IOException {
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            Path candidate = parent.resolve(prefix + n);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        throw new IOException(MAX_ATTEMPTS + " earlier folders named " + prefix + "<n> are in the way");
    }

    /** Deletes a folder tree; symbolic links inside it are removed, never followed. */
    static void deleteQuietly(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: what cannot be removed stays; the caller's outcome does not depend on it.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists: " + e.getMessage();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
