package org.osteomet.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A copy of a content folder in a temporary directory that a test changes with JSON-Patch-like edits. */
public final class FixtureContent {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path root;

    private FixtureContent(Path root) {
        this.root = root;
    }

    /** Copies the folder to a fresh directory under {@code parent}. */
    public static FixtureContent copyOf(Path folder, Path parent) {
        try {
            Path root = Files.createTempDirectory(parent, "content");
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path source : walk.toList()) {
                    Path target = root.resolve(folder.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
            return new FixtureContent(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the folder. */
    public Path root() {
        return root;
    }

    /** Writes a file: a JSON value as indented JSON, a string as its raw text. */
    public FixtureContent write(String file, JsonNode value) {
        return writeText(file, value.isString() ? value.stringValue() : MAPPER.writeValueAsString(value) + "\n");
    }

    /** Writes raw text to a file. */
    public FixtureContent writeText(String file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes raw bytes to a file. */
    public FixtureContent writeBytes(String file, byte[] bytes) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file. */
    public FixtureContent delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a file's text. */
    public String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies one edit to a JSON file: {@code add} (appends with {@code -} in arrays), {@code replace} or
     * {@code remove} at a JSON Pointer.
     */
    public FixtureContent patch(String file, String op, String pointer, JsonNode value) {
        JsonNode document = MAPPER.readTree(read(file));
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            if (op.equals("remove")) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value);
            } else if (op.equals("remove")) {
                array.remove(Integer.parseInt(last));
            } else if (op.equals("add")) {
                array.insert(Integer.parseInt(last), value);
            } else {
                array.set(Integer.parseInt(last), value);
            }
        } else {
            throw new IllegalArgumentException("no object or array at " + pointer + " in " + file);
        }
        return write(file, document);
    }
}
