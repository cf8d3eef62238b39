package org.osteomet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.osteomet.export.ExportException;
import org.osteomet.export.Exporter;
import picocli.CommandLine.Option;

/** The {@code --out DIR} option, checked before anything is validated or written. */
final class OutputOption {
    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description =
                    "Folder to write: a symbolic link to a complete build beside it, switched atomically; an earlier"
                            + " output is replaced as a whole.")
    Path folder;

    /**
     * Returns the output folder after refusing the ones that would lose data.
     *
     * @param content the content folder being read, or {@code null} for the packaged content
     */
    Path checked(Path content) {
        Path out = folder.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(out)) {
            // The output of an earlier build is a link to its build folder; any other link is refused here.
            try {
                Exporter.checkOutput(out);
            } catch (ExportException e) {
                throw new UserError(e.getMessage());
            }
        } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError("--out " + folder + " is an existing file, not a folder");
        }
        if (content != null) {
            Path source = content.toAbsolutePath().normalize();
            if (out.startsWith(source) || source.startsWith(out)) {
                throw new UserError("--out " + folder + " overlaps the content folder " + content
                        + "; write the data files somewhere else");
            }
        }
        if (out.getParent() != null && Files.isDirectory(out.getParent()) && !Files.isWritable(out.getParent())) {
            throw new UserError("cannot write to " + out.getParent() + " (" + whyNotWritable(out.getParent()) + ")");
        }
        return out;
    }

    private static String whyNotWritable(Path folder) {
        try {
            if (Files.getFileStore(folder).isReadOnly()) {
                return "the file system is read-only";
            }
        } catch (IOException e) {
            // Then the folder's permissions are the likely reason.
        }
        return "permission denied";
    }
}
