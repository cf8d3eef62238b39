package org.osteomet.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Replaces a folder's content all at once: the output is a symbolic link to a complete build folder, switched by one
 * rename.
 *
 * <p>{@code <name>} is a relative symbolic link to {@code .<name>.build-<n>} in the same parent. A build writes
 * every file into a new build folder, points the temporary link {@code .<name>.link-tmp} at it, and renames that
 * link over {@code <name>}; rename(2) replaces a link atomically, so a reader of {@code <name>} sees the complete old
 * build or the complete new one at every instant, whatever is killed when. Leftovers of a run that was killed are
 * removed at the start of the next (see {@link BuildFolders#recover()}); the old build folder is removed once the
 * new one is in place. A real output folder written by an older version is moved aside just before the link takes
 * its name: that moment, between two renames, is the only one without an output, and a run killed there is
 * completed by the next. Files are created with {@code CREATE_NEW} and {@code NOFOLLOW_LINKS}, and nothing is ever
 * written through a symbolic link.
 */
final class AtomicFolderWriter {
    /** The names an earlier export may hold; a folder holding anything else is not replaced. */
    static final Set<String> EXPORT_ENTRIES = Stream.of(
                    Arrays.stream(ExportFormat.values()).map(ExportFormat::folder),
                    Stream.of(Manifest.FILE, ReviewSite.FOLDER),
                    // A folder written by `site --out` alone holds the site's pages at its top.
                    ReviewSite.ENTRIES.stream())
            .flatMap(s -> s)
            .collect(Collectors.toUnmodifiableSet());

    private static final int BUFFER = 1 << 16;
    private static final int MAX_WRITERS = 4;

    /** Called before each step, such as {@code write csv/claims.csv}, {@code link} or {@code swap}; tests throw from it. */
    interface Hook {
        Hook NONE = step -> {};

        void before(String step) throws IOException;
    }

    private AtomicFolderWriter() {}

    /**
     * Writes the files into {@code outDir}, then the summary file made from their entries, replacing what it held.
     *
     * @param outDir the output folder; it may not exist yet, and may be an earlier export (this writer's link, or a
     *     real folder written by an older version)
     * @param files the files, each written through a buffered stream, several at once on a machine with more than
     *     one core; every path passes
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
        BuildFolders folders = folders(outDir);
        Path target = folders.target();
        folders.current();
        try {
            Files.createDirectories(folders.parent());
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + folders.parent() + " (" + IoReason.of(e) + ").", e);
        }
        FileChannel lock = folders.lock();
        try {
            try {
                folders.recover();
            } catch (IOException e) {
                throw new ExportException(
                        "cannot clear what an earlier run left beside " + target + " (" + IoReason.of(e)
                                + "); its previous content is unchanged.",
                        e);
            }
            BuildFolders.Current current = folders.current();
            Path build = folders.createBuild();
            try {
                List<ManifestEntry> entries = writeAll(build, files, hook);
                ExportFile last = summary.apply(List.copyOf(entries));
                OutputPaths.check(last.path());
                hook.before("write " + last.path());
                writeFile(build, last);
                switchTo(folders, current, build, hook);
                return List.copyOf(entries);
            } catch (IOException e) {
                abandon(folders, build);
                throw new ExportException(
                        "cannot write " + target + " (" + IoReason.of(e) + "); its previous content is unchanged.", e);
            } catch (ExportException | RuntimeException e) {
                abandon(folders, build);
                throw e;
            }
        } finally {
            BuildFolders.closeQuietly(lock);
        }
    }

    /**
     * Refuses an output folder this writer would not replace, without writing anything.
     *
     * @throws ExportException if it is a foreign symbolic link, a file, or a folder holding other files
     */
    static void check(Path outDir) throws ExportException {
        folders(outDir).current();
    }

    private static BuildFolders folders(Path outDir) throws ExportException {
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new ExportException("refusing to write into " + target + ": choose a folder below the root.");
        }
        return new BuildFolders(parent, target.getFileName().toString());
    }

    private static void abandon(BuildFolders folders, Path build) {
        deleteQuietly(build);
        try {
            if (Files.isSymbolicLink(folders.linkTmp())) {
                Files.delete(folders.linkTmp());
            }
        } catch (IOException e) {
            // The next run removes it.
        }
    }

    /**
     * Writes the files into the build folder on up to {@link #MAX_WRITERS} threads, one per core, since each file
     * is rendered from the content on its own; returns their entries in the order of {@code files}.
     *
     * <p>On a failure no file is started any more, the ones being written are waited for, and the failure of the
     * first failing file in order is thrown, so that the caller can delete the build folder with nothing still
     * writing into it.
     */
    private static List<ManifestEntry> writeAll(Path build, List<ExportFile> files, Hook hook) throws IOException {
        // Folders first, on this thread, so that no two writers race to create the same one.
        for (ExportFile file : files) {
            folderOf(build, file);
        }
        int threads = Math.min(
                MAX_WRITERS, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        if (threads <= 1) {
            List<ManifestEntry> entries = new ArrayList<>();
            for (ExportFile file : files) {
                hook.before("write " + file.path());
                entries.add(writeFile(build, file));
            }
            return entries;
        }
        ExecutorService writers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "osteomet-export-writer");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<ManifestEntry>> written = new ArrayList<>();
        try {
            for (ExportFile file : files) {
                written.add(writers.submit(() -> {
                    hook.before("write " + file.path());
                    return writeFile(build, file);
                }));
            }
            List<ManifestEntry> entries = new ArrayList<>();
            for (Future<ManifestEntry> entry : written) {
                entries.add(entry.get());
            }
            return entries;
        } catch (ExecutionException e) {
            stop(writers, written);
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            stop(writers, written);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the export");
        } finally {
            writers.shutdown();
        }
    }

    /** Cancels the files not started yet and waits for the ones being written. */
    private static void stop(ExecutorService writers, List<Future<ManifestEntry>> written) {
        written.forEach(entry -> entry.cancel(false));
        writers.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (writers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns the folder a file goes into inside the build folder, creating it and its parents if needed. */
    private static Path folderOf(Path build, ExportFile file) throws IOException {
        Path path = build;
        String[] segments = file.path().split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            path = path.resolve(segments[i]);
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(path);
            }
        }
        return path;
    }

    private static ManifestEntry writeFile(Path build, ExportFile file) throws IOException {
        String path = file.path();
        Path target = folderOf(build, file).resolve(path.substring(path.lastIndexOf('/') + 1));
        try (FileChannel channel = FileChannel.open(
                target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
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

    private static void switchTo(BuildFolders folders, BuildFolders.Current current, Path build, Hook hook)
            throws IOException, ExportException {
        Path target = folders.target();
        Path linkTmp = folders.linkTmp();
        syncFolders(build);
        hook.before("link");
        Files.createSymbolicLink(linkTmp, build.getFileName());
        if (current.kind() != BuildFolders.Kind.REAL_FOLDER) {
            hook.before("swap");
            Files.move(linkTmp, target, StandardCopyOption.ATOMIC_MOVE);
            syncQuietly(folders.parent());
            if (current.build() != null) {
                deleteQuietly(current.build());
            }
            return;
        }
        // A link cannot be renamed over a folder, so the older version's folder goes aside first.
        Path previous = folders.previous();
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        try {
            hook.before("swap");
            Files.move(linkTmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException restore) {
                e.addSuppressed(restore);
                abandon(folders, build);
                throw new ExportException(
                        "cannot write " + target + " (" + IoReason.of(e)
                                + "), and its previous content could not be moved back: it is now in " + previous + ".",
                        e);
            }
            throw e;
        }
        syncQuietly(folders.parent());
        // The new output is in place; an old copy that cannot be removed is left for the next run.
        deleteQuietly(previous);
    }

    /** Puts the build's folder entries on disk, as its files already are, before a link makes them visible. */
    private static void syncFolders(Path build) throws IOException {
        try (Stream<Path> walk = Files.walk(build)) {
            for (Path folder : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                syncQuietly(folder);
            }
        }
    }

    /** Puts the parent's new entries on disk, so that a power cut after the switch keeps it; best effort. */
    private static void syncQuietly(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every file system lets a folder be synced; the switch itself is done.
        }
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
}
