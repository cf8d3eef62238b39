package org.osteomet.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in plain words why a file operation failed, naming a read-only file system or a full disk as such. */
final class IoReason {
    static final String READ_ONLY = "Read-only file system";
    static final String NO_SPACE = "No space left on device";
    private static final String QUOTA = "Disk quota exceeded";

    private IoReason() {}

    /** Returns the reason, such as {@code the file system is read-only: /mnt/out}; never null. */
    static String of(IOException e) {
        // Java reports EROFS and ENOSPC through the operating system's own text, as a FileSystemException's
        // reason when opening or renaming, or as a plain IOException's message when writing.
        String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        String where = file == null ? "" : ": " + file;
        if (text != null && text.contains(READ_ONLY)) {
            return "the file system is read-only" + where;
        }
        if (text != null && text.contains(NO_SPACE)) {
            return "the disk is full" + where;
        }
        if (text != null && text.contains(QUOTA)) {
            return "the disk quota is used up" + where;
        }
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
