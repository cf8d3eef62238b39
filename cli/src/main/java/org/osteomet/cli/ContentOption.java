package org.osteomet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.content.internal.ContentReader;
import org.osteomet.validation.ContentValidator;
import org.osteomet.validation.ValidatedContent;
import picocli.CommandLine.Option;

/** The {@code --content DIR} option shared by commands that read content; without it, the packaged content. */
final class ContentOption {
    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "Content folder to use (default: the packaged content).")
    Path folder;

    /** Returns the option set to the given folder. */
    static ContentOption of(Path folder) {
        ContentOption option = new ContentOption();
        option.folder = folder;
        return option;
    }

    /** Reads the chosen content, failing with a user error if the folder cannot be read at all. */
    ContentFiles read() {
        if (folder == null) {
            return ContentReader.readPackaged();
        }
        requireReadableFolder();
        return ContentReader.read(folder);
    }

    private void requireReadableFolder() {
        if (!Files.isDirectory(folder)) {
            throw new UserError("content folder not found: " + folder);
        }
        if (!Files.isReadable(folder)) {
            throw new UserError("content folder is not readable: " + folder);
        }
    }

    /** Reads and validates the chosen content in one pass, failing with a user error if the folder cannot be read. */
    ValidatedContent validate(ContentValidator validator) {
        if (folder == null) {
            return validator.readPackaged();
        }
        requireReadableFolder();
        return validator.read(folder);
    }

    /** Returns the prefix that makes finding paths relative to the working directory. */
    String pathPrefix() {
        if (folder == null) {
            return "content/data/";
        }
        String text = folder.toString().replace('\\', '/');
        return text.endsWith("/") ? text : text + "/";
    }

    /** Returns the folder, or {@code null} for the packaged content. */
    Path folder() {
        return folder;
    }
}
