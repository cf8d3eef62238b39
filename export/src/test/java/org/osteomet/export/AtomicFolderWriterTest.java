package org.osteomet.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder as a link to a complete build: its own link accepted, others refused, leftovers removed. */
class AtomicFolderWriterTest {
    @TempDir
    Path temp;

    private static List<ManifestEntry> write(Path out, String text, AtomicFolderWriter.Hook hook)
            throws ExportException {
        List<ExportFile> files = List.of(
                new ExportFile("csv/claims.csv", o -> o.write(text.getBytes(StandardCharsets.UTF_8))),
                new ExportFile("json/osteomet.json", o -> o.write(("{\"v\":\"" + text + "\"}\n").getBytes())));
        return AtomicFolderWriter.write(
                out,
                files,
                entries -> new ExportFile(Manifest.FILE, o -> o.write(("" + entries.size() + " " + text).getBytes())),
                hook);
    }

    private static void write(Path out, String text) throws ExportException {
        write(out, text, AtomicFolderWriter.Hook.NONE);
    }

    private static Map<String, String> read(Path out) {
        Map<String, String> files = new java.util.TreeMap<>();
        ExportFiles.read(out).forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    @Test
    void aFirstBuildIsALinkToItsBuildFolderBeside() throws Exception {
        Path out = temp.resolve("out");

        write(out, "one");

        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".out.build-1"));
        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-1", ".out.lock", "out");
        assertThat(read(out)).containsEntry("csv/claims.csv", "one").containsEntry("manifest.json", "2 one");
    }

    @Test
    void acceptsItsOwnLinkAndRemovesTheOldBuildAfterTheSwitch() throws Exception {
        Path out = temp.resolve("out");
        write(out, "one");
        AtomicFolderWriter.Hook oldBuildStaysUntilTheSwitch = step -> {
            if (step.equals("swap")) {
                assertThat(read(out)).containsEntry("csv/claims.csv", "one");
                assertThat(temp.resolve(".out.build-2/manifest.json")).hasContent("2 two");
            }
        };

        write(out, "two", oldBuildStaysUntilTheSwitch);

        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".out.build-2"));
        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-2", ".out.lock", "out");
        assertThat(read(out)).containsEntry("csv/claims.csv", "two");
    }

    @Test
    void refusesALinkToAFolderNamedLikeABuildThatHoldsOtherFiles() throws Exception {
        Path planted = Files.createDirectory(temp.resolve(".out.build-1"));
        Files.writeString(planted.resolve(Manifest.FILE), "{}");
        Files.writeString(planted.resolve("thesis.tex"), "precious");
        Path out = Files.createSymbolicLink(temp.resolve("out"), Path.of(".out.build-1"));

        assertThatThrownBy(() -> write(out, "one"))
                .isInstanceOf(ExportException.class)
                .hasMessage("refusing to write to " + out + ": it is a symbolic link to .out.build-1 that osteomet did"
                        + " not make; remove it or choose another folder.");
        assertThat(planted.resolve("thesis.tex")).hasContent("precious");
        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-1", "out");
    }

    @Test
    void refusesALinkThatNamesAFolderElsewhereEvenIfItLooksLikeABuild() throws Exception {
        Path out = temp.resolve("out");
        write(out, "one");
        Path build = out.toRealPath();
        Files.delete(out);
        Path absolute = Files.createSymbolicLink(out, build);

        assertThatThrownBy(() -> write(absolute, "two"))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("refusing to write to " + out + ": it is a symbolic link to " + build);
        assertThat(read(out)).containsEntry("csv/claims.csv", "one");
        assertThatThrownBy(() -> AtomicFolderWriter.check(out)).isInstanceOf(ExportException.class);
    }

    @Test
    void removesWhatAKilledRunLeftButKeepsFoldersHoldingOtherFiles() throws Exception {
        Path out = temp.resolve("out");
        write(out, "one");
        Path halfWritten = Files.createDirectories(temp.resolve(".out.build-7/csv"));
        Files.writeString(halfWritten.resolve("claims.csv"), "half");
        Files.createDirectories(temp.resolve(".out.staging-3/json"));
        Files.createDirectories(temp.resolve(".out.previous-2/fhir"));
        Files.createSymbolicLink(temp.resolve(".out.link-tmp"), Path.of(".out.build-7"));
        Path notOurs = Files.createDirectory(temp.resolve(".out.build-9"));
        Files.writeString(notOurs.resolve("notes.txt"), "keep");
        Path outside = Files.createDirectory(temp.resolve("outside"));
        Files.writeString(outside.resolve(Manifest.FILE), "keep");
        Files.createSymbolicLink(temp.resolve(".out.staging-4"), outside);

        write(out, "two");

        assertThat(ExportFiles.names(temp))
                .containsExactly(".out.build-2", ".out.build-9", ".out.lock", "out", "outside");
        assertThat(read(out)).containsEntry("csv/claims.csv", "two");
        assertThat(notOurs.resolve("notes.txt")).hasContent("keep");
        assertThat(outside.resolve(Manifest.FILE)).hasContent("keep");
    }

    @Test
    void migratesARealFolderWrittenByAnOlderVersion() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out/csv"));
        Files.writeString(out.resolve("claims.csv"), "old");
        Files.writeString(temp.resolve("out/manifest.json"), "old");
        AtomicFolderWriter.Hook olderFolderAsideOnlyAtTheSwap = step -> {
            if (step.equals("swap")) {
                assertThat(temp.resolve(".out.previous-1/csv/claims.csv")).hasContent("old");
            } else {
                assertThat(temp.resolve("out/csv/claims.csv")).hasContent("old");
            }
        };

        write(temp.resolve("out"), "new", olderFolderAsideOnlyAtTheSwap);

        assertThat(Files.readSymbolicLink(temp.resolve("out"))).isEqualTo(Path.of(".out.build-1"));
        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-1", ".out.lock", "out");
        assertThat(read(temp.resolve("out"))).containsEntry("csv/claims.csv", "new");
    }

    @Test
    void completesASwitchKilledWhileAnOlderFolderWasAside() throws Exception {
        Path out = temp.resolve("out");
        write(out, "new");
        Files.move(out, temp.resolve(".out.link-tmp"));
        Files.createDirectories(temp.resolve(".out.previous-1/csv"));
        BuildFolders folders = new BuildFolders(temp.toAbsolutePath(), "out");

        folders.recover();

        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".out.build-1"));
        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-1", ".out.lock", "out");
        assertThat(read(out)).containsEntry("csv/claims.csv", "new");
    }

    @Test
    void aFailureMidwayLeavesTheOldBuildIntactAndNothingElse() throws Exception {
        Path out = temp.resolve("out");
        write(out, "one");
        Map<String, String> before = read(out);
        for (String failing : List.of("write json/osteomet.json", "write manifest.json", "link", "swap")) {
            AtomicFolderWriter.Hook fail = step -> {
                if (step.equals(failing)) {
                    throw new IOException("boom");
                }
            };

            assertThatThrownBy(() -> write(out, "two", fail))
                    .as(failing)
                    .isInstanceOf(ExportException.class)
                    .hasMessage("cannot write " + out + " (boom); its previous content is unchanged.");
            assertThat(read(out)).as(failing).isEqualTo(before);
            assertThat(ExportFiles.names(temp)).as(failing).containsExactly(".out.build-1", ".out.lock", "out");
        }
    }

    @Test
    void namesAReadOnlyFileSystemAsSuch() throws Exception {
        Path out = temp.resolve("out");
        write(out, "one");
        AtomicFolderWriter.Hook readOnly = step -> {
            throw new FileSystemException(out + "/csv", null, "Read-only file system");
        };

        assertThatThrownBy(() -> write(out, "two", readOnly))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + out + " (the file system is read-only: " + out
                        + "/csv); its previous content is unchanged.");
    }

    @Test
    void namesAFullDiskAsSuch() throws Exception {
        Path out = temp.resolve("out");
        write(out, "one");
        // What FileChannel.write throws on ENOSPC: a plain IOException with the system's text.
        AtomicFolderWriter.Hook full = step -> {
            throw new IOException("No space left on device");
        };

        assertThatThrownBy(() -> write(out, "two", full))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + out + " (the disk is full); its previous content is unchanged.");
        assertThat(read(out)).containsEntry("csv/claims.csv", "one");
    }

    @Test
    void refusesToWriteWhileAnotherRunHoldsTheLock() throws Exception {
        Path out = temp.resolve("out");
        write(out, "one");
        try (FileChannel held = FileChannel.open(temp.resolve(".out.lock"), StandardOpenOption.WRITE)) {
            held.lock();

            assertThatThrownBy(() -> write(out, "two"))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("cannot write " + out + ": another run is writing it now (it holds "
                            + temp.resolve(".out.lock") + "); try again when it has finished.");
        }
        assertThat(read(out)).containsEntry("csv/claims.csv", "one");
        assertThat(Files.isDirectory(temp.resolve(".out.build-1"), LinkOption.NOFOLLOW_LINKS))
                .isTrue();
    }

    @Test
    void listsTheEntriesInTheOrderOfTheFilesWhateverOrderTheyAreWrittenIn() throws Exception {
        List<ExportFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "csv/t" + (100 + i) + ".csv";
            // The first files are the slowest, so that on several writers later ones finish first.
            int size = (40 - i) * 50_000;
            files.add(new ExportFile(name, o -> o.write(new byte[size])));
        }

        List<ManifestEntry> entries = AtomicFolderWriter.write(
                temp.resolve("out"), files, e -> new ExportFile(Manifest.FILE, o -> {}), AtomicFolderWriter.Hook.NONE);

        assertThat(entries)
                .extracting(ManifestEntry::path)
                .containsExactlyElementsOf(files.stream().map(ExportFile::path).toList());
        assertThat(entries).extracting(ManifestEntry::size).first().isEqualTo(2_000_000L);
    }

    @Test
    void aFailingFileAmongManyLeavesNoBuildFolderBehind() throws Exception {
        Path out = temp.resolve("out");
        write(out, "one");
        List<ExportFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            files.add(new ExportFile("csv/t" + (100 + i) + ".csv", o -> {
                if (n == 20) {
                    throw new IOException("disk full");
                }
                o.write(new byte[100_000]);
            }));
        }

        assertThatThrownBy(() -> AtomicFolderWriter.write(
                        out, files, e -> new ExportFile(Manifest.FILE, o -> {}), AtomicFolderWriter.Hook.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("(disk full)");
        assertThat(ExportFiles.names(temp)).containsExactly(".out.build-1", ".out.lock", "out");
        assertThat(read(out)).containsEntry("csv/claims.csv", "one");
    }
}
