import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the packaged content index: every file of the content folder, relative to it with {@code /} separators,
 * sorted, one a line.
 *
 * <p>The build runs it with the source launcher ({@code java WriteDataIndex.java DATA OUT}) before the resources
 * are copied; the loader reads the index with {@code getResourceAsStream}, so it needs no file system and no jar
 * listing. The output depends only on the names in the folder.
 */
public final class WriteDataIndex {
    private WriteDataIndex() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java WriteDataIndex.java CONTENT_FOLDER INDEX_FILE");
        }
        Path folder = Path.of(args[0]);
        Path index = Path.of(args[1]);
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> relative(folder, path))
                    .sorted()
                    .toList();
        }
        for (String file : files) {
            if (!Files.isRegularFile(folder.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException("not a regular file, so it cannot be packaged: " + file);
            }
        }
        Files.createDirectories(index.getParent());
        Files.writeString(
                index, files.stream().map(file -> file + "\n").collect(Collectors.joining()), StandardCharsets.UTF_8);
    }

    private static String relative(Path folder, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : folder.relativize(file)) {
            name.append(name.length() > 0 ? "/" : "").append(part);
        }
        return name.toString();
    }
}
