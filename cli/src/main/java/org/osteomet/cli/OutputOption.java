package org.osteomet.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out DIR} option, checked before anything is validated or written. */
final class OutputOption {
    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder to write; replaced as a whole, atomically, if it holds only an earlier output.")
    Path folder;

    /**
     * Returns the output folder after refusing the ones that would lose data.
     *
     * @param content the content folder being read, or {@code null} for the packaged content
     */
    Path checked(Path content) {
        Path out = folder.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(out)) {
            throw new UserError("--out " + folder + " is a symbolic link; give the real folder");
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
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
            throw new UserError("cannot write to " + out.getParent() + " (permission denied)");
        }
        return out;
    }
}
