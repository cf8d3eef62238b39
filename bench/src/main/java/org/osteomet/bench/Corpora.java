package org.osteomet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmarks find their generated folders: {@code <root>/claims-<N>}, generated on first use. */
final class Corpora {
    /** The seed every benchmark corpus is generated from. */
    static final long SEED = 1;
    /** The number of conflicts injected into every benchmark corpus. */
    static final int CONFLICTS = 50;

    private Corpora() {}

    /**
     * Returns the folder of the corpus with the given number of claims, generating it if it is missing.
     *
     * @param root the folder holding the corpora; blank for a new temporary folder, which the caller deletes
     * @param claims the number of claims
     * @return the content folder
     */
    static Path folder(String root, int claims) throws IOException {
        Path base = root.isBlank() ? Files.createTempDirectory("osteomet-bench") : Path.of(root);
        Path folder = base.resolve("claims-" + claims);
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(base);
            GeneratedCorpus corpus = CorpusGenerator.generate(new CorpusSpec(claims, SEED, CONFLICTS), folder);
            ConflictManifest.write(manifest(folder), corpus.conflicts());
        }
        return folder;
    }

    /** Deletes a folder and everything in it. */
    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Returns the conflict manifest written beside a corpus folder. */
    static Path manifest(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".conflicts");
    }
}
