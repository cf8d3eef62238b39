package org.osteomet.content.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** Which files belong in a content folder and what each holds; {@code docs/vocabulary.md} shows the layout. */
public final class ContentLayout {
    /** The sources file. */
    public static final String SOURCES = "sources.json";
    /** The adjudications file. */
    public static final String ADJUDICATIONS = "adjudications.json";

    private static final Pattern ID_FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The kinds of JSON file in a content folder. */
    public enum FileKind {
        /** {@code sources.json}. */
        SOURCES,
        /** {@code treatments/<id>.json}: one treatment concept and its claims. */
        TREATMENT,
        /** {@code concepts/<name>.json}: shared concepts and their claims. */
        SHARED_CONCEPTS,
        /** {@code adjudications.json}. */
        ADJUDICATIONS
    }

    private ContentLayout() {}

    /**
     * Returns the kind of JSON file at the path, or empty if the layout has no place for it.
     *
     * @param file path relative to the content folder, with {@code /} separators; not null
     * @return the kind of file, or empty for a file that does not belong (snapshots included)
     */
    public static Optional<FileKind> jsonKind(String file) {
        if (file.equals(SOURCES)) {
            return Optional.of(FileKind.SOURCES);
        }
        if (file.equals(ADJUDICATIONS)) {
            return Optional.of(FileKind.ADJUDICATIONS);
        }
        if (inFolder(file, "treatments/", ".json")) {
            return Optional.of(FileKind.TREATMENT);
        }
        if (inFolder(file, "concepts/", ".json")) {
            return Optional.of(FileKind.SHARED_CONCEPTS);
        }
        return Optional.empty();
    }

    /**
     * Returns the source id a snapshot path names.
     *
     * @param file path relative to the content folder, with {@code /} separators; not null
     * @return the source id, or empty if the path is not {@code snapshots/<id>.txt}
     */
    public static Optional<String> snapshotSourceId(String file) {
        return inFolder(file, "snapshots/", ".txt")
                ? Optional.of(file.substring("snapshots/".length(), file.length() - ".txt".length()))
                : Optional.empty();
    }

    /**
     * Returns the concept id a treatment file is named for, such as {@code denosumab}.
     *
     * @param file path relative to the content folder, with {@code /} separators; not null
     * @return the concept id, or empty if the path is not {@code treatments/<id>.json}
     */
    public static Optional<String> treatmentId(String file) {
        return inFolder(file, "treatments/", ".json")
                ? Optional.of(file.substring("treatments/".length(), file.length() - ".json".length()))
                : Optional.empty();
    }

    private static boolean inFolder(String file, String folder, String extension) {
        if (!file.startsWith(folder) || !file.endsWith(extension)) {
            return false;
        }
        String name = file.substring(folder.length(), file.length() - extension.length());
        return ID_FILE.matcher(name).matches();
    }
}
