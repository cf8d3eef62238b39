package org.osteomet.content;

import java.nio.file.Path;
import org.osteomet.content.internal.ContentFiles;
import org.osteomet.content.internal.ContentReader;
import org.osteomet.core.Content;

/**
 * Loads osteomet content: the packaged default from the classpath, or a folder.
 *
 * <p>The packaged content loads from any classpath layout (class folders, a plain or shaded jar, a jar nested in
 * a Spring Boot jar) and opens no file system, so loading holds nothing that needs closing.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Content content = ContentLoader.load();
 * int claims = content.claims().size();
 *
 * try {
 *     Content edited = ContentLoader.load(Path.of("my-content"));
 * } catch (ContentException e) {
 *     e.problems().forEach(problem -> System.err.println(problem)); // file:line:column: [rule] pointer: message
 * }
 * }</pre>
 */
public final class ContentLoader {
    private ContentLoader() {}

    /**
     * Loads the content packaged in this library.
     *
     * @return the content; not null
     * @throws ContentException if the packaged content has problems (a build that passed its tests has none)
     * @throws IllegalStateException if the packaged content is not on the classpath
     */
    public static Content load() {
        return orThrow(ContentReader.readPackaged());
    }

    /**
     * Loads the content of a folder laid out as {@code docs/vocabulary.md} describes.
     *
     * @param folder the content folder; not null
     * @return the content; not null
     * @throws ContentException listing every problem if any file cannot be read as valid content
     */
    public static Content load(Path folder) {
        return orThrow(ContentReader.read(folder));
    }

    private static Content orThrow(ContentFiles files) {
        if (!files.problems().isEmpty()) {
            throw new ContentException(files.problems());
        }
        return files.content();
    }
}
