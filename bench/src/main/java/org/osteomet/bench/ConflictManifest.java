package org.osteomet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The list of injected conflicts, one per line: the treatment id, then the injected claim ids, space-separated. */
final class ConflictManifest {
    private ConflictManifest() {}

    static void write(Path file, List<InjectedConflict> conflicts) throws IOException {
        StringBuilder text = new StringBuilder();
        for (InjectedConflict conflict : conflicts) {
            text.append(conflict.treatment())
                    .append(' ')
                    .append(String.join(" ", conflict.claimIds()))
                    .append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static List<InjectedConflict> read(Path file) throws IOException {
        List<InjectedConflict> conflicts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            if (parts.length < 2) {
                throw new IllegalArgumentException(file + ": line \"" + line + "\" names no claim");
            }
            conflicts.add(new InjectedConflict(parts[0], Arrays.asList(parts).subList(1, parts.length)));
        }
        return conflicts;
    }
}
