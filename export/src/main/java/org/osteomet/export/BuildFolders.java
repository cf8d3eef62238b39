package org.osteomet.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders and links beside an output folder {@code <name>}: its builds, the temporary link, the lock.
 *
 * <p>{@code <name>} is a symbolic link to {@code .<name>.build-<n>}, a relative link to a sibling. A link counts as
 * this writer's own only if its target is such a sibling, a real folder holding {@code manifest.json} and nothing
 * but export entries; every other link is someone else's and is refused.
 *
 * @param parent the folder holding the output folder; absolute
 * @param name the output folder's name
 */
record BuildFolders(Path parent, String name) {
    private static final int MAX_ATTEMPTS = 1000;

    BuildFolders {
        if (!parent.isAbsolute()) {
            throw new IllegalArgumentException("parent must be absolute");
        }
        if (name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("name must be one file name");
        }
    }

    /** The state of the output folder before a build. */
    enum Kind {
        MISSING,
        OWN_LINK,
        REAL_FOLDER
    }

    /**
     * What the output folder is now.
     *
     * @param kind missing, this writer's link, or a real folder holding an earlier export
     * @param build the build folder the link points to, or {@code null} unless {@code kind} is {@code OWN_LINK}
     */
    record Current(Kind kind, Path build) {}

    Path target() {
        return parent.resolve(name);
    }

    Path linkTmp() {
        return parent.resolve("." + name + ".link-tmp");
    }

    Path lockFile() {
        return parent.resolve("." + name + ".lock");
    }

    /** Matches the folders this writer, or an older version of it, leaves beside the output while it works. */
    private Pattern ownNames() {
        return Pattern.compile("\\." + Pattern.quote(name) + "\\.(build|staging|previous)-[1-9][0-9]{0,8}");
    }

    private Pattern buildNames() {
        return Pattern.compile("\\." + Pattern.quote(name) + "\\.build-[1-9][0-9]{0,8}");
    }

    /**
     * Takes the lock that keeps two runs from writing the same output at once; the operating system drops it if
     * the process dies.
     */
    FileChannel lock() throws ExportException {
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target() + " (" + IoReason.of(e) + ").", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return channel;
            }
        } catch (OverlappingFileLockException | IOException e) {
            // Held by this process already, or locking is not possible: treated as held, below.
        }
        closeQuietly(channel);
        throw new ExportException("cannot write " + target() + ": another run is writing it now (it holds " + lockFile()
                + "); try again when it has finished.");
    }

    static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock; a failure here leaves nothing to undo.
        }
    }

    /**
     * Returns the build folder a link points to, if the link is this writer's own.
     *
     * @param link a path that may or may not be a symbolic link
     */
    Optional<Path> ownBuild(Path link) {
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        Path to;
        try {
            to = Files.readSymbolicLink(link);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (to.isAbsolute()
                || to.getNameCount() != 1
                || !buildNames().matcher(to.toString()).matches()) {
            return Optional.empty();
        }
        Path build = parent.resolve(to);
        if (!Files.isDirectory(build, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(build.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)
                || !holdsOnlyExportEntries(build)) {
            return Optional.empty();
        }
        return Optional.of(build);
    }

    /**
     * Returns what the output folder is, refusing anything this writer must not replace.
     *
     * @throws ExportException if it is a foreign symbolic link, a file, or a folder holding other files
     */
    Current current() throws ExportException {
        Path target = target();
        if (Files.isSymbolicLink(target)) {
            Optional<Path> build = ownBuild(target);
            if (build.isPresent()) {
                return new Current(Kind.OWN_LINK, build.get());
            }
            throw new ExportException("refusing to write to " + target + ": it is a symbolic link" + linkTarget(target)
                    + " that osteomet did not make; remove it or choose another folder.");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return new Current(Kind.MISSING, null);
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportException("refusing to write to " + target + ": it exists and is not a folder.");
        }
        Optional<String> foreign;
        try (Stream<Path> entries = Files.list(target)) {
            foreign = entries.map(p -> p.getFileName().toString())
                    .filter(n -> !AtomicFolderWriter.EXPORT_ENTRIES.contains(n))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new ExportException("cannot list the folder " + target + " (" + IoReason.of(e) + ").", e);
        }
        if (foreign.isPresent()) {
            throw new ExportException("refusing to replace " + target + ": it holds " + foreign.get()
                    + ", so it is not an earlier export; choose a new or empty folder.");
        }
        return new Current(Kind.REAL_FOLDER, null);
    }

    private static String linkTarget(Path link) {
        try {
            return " to " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Repairs what a run killed midway left: finishes a switch it had begun, then removes every build, staging
     * folder and temporary link that the output does not point to.
     *
     * <p>Called with the lock held, so no other run is writing these folders now.
     */
    void recover() throws IOException {
        Path target = target();
        Path linkTmp = linkTmp();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && ownBuild(linkTmp).isPresent()) {
            // Killed while an older real output folder was moved aside: the link to the complete new build was
            // ready, so put it in place rather than leave no output at all.
            Files.move(linkTmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.isSymbolicLink(linkTmp)) {
            Files.delete(linkTmp);
        }
        Optional<Path> keep = ownBuild(target);
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            Pattern own = ownNames();
            leftovers = entries.filter(
                            p -> own.matcher(p.getFileName().toString()).matches())
                    .filter(p -> keep.isEmpty() || !p.equals(keep.get()))
                    .toList();
        }
        for (Path leftover : leftovers) {
            if (Files.isSymbolicLink(leftover)) {
                Files.delete(leftover);
            } else if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS) && holdsOnlyExportEntries(leftover)) {
                AtomicFolderWriter.deleteQuietly(leftover);
            }
        }
    }

    /** Creates a new, empty build folder with the next free number. */
    Path createBuild() throws ExportException {
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            Path build = parent.resolve("." + name + ".build-" + n);
            try {
                return Files.createDirectory(build);
            } catch (FileAlreadyExistsException e) {
                // The current build, or a leftover that recovery kept because it holds other files.
            } catch (IOException e) {
                throw new ExportException(
                        "cannot create a build folder in " + parent + " (" + IoReason.of(e) + ").", e);
            }
        }
        throw new ExportException("cannot create a build folder in " + parent + ": " + MAX_ATTEMPTS
                + " earlier build folders are in the way.");
    }

    /** Returns a free name for the real output folder of an older version while it is moved aside. */
    Path previous() throws IOException {
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            Path candidate = parent.resolve("." + name + ".previous-" + n);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        throw new IOException(MAX_ATTEMPTS + " earlier folders named ." + name + ".previous-<n> are in the way");
    }

    private static boolean holdsOnlyExportEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).allMatch(AtomicFolderWriter.EXPORT_ENTRIES::contains);
        } catch (IOException e) {
            return false;
        }
    }
}
