package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code osteomet build} in its own JVM and kills it with SIGKILL at the switch, or fills or freezes its disk:
 * the output is a complete build every time, and the next build cleans up.
 *
 * <p>The kill comes while strace holds the process in its rename(2) call (delayed on entry: before the switch; on
 * exit: after it), so no timing is guessed. Skipped where strace, or unshare for a private tmpfs, is missing.
 */
class CrashSafeOutputTest {
    private static final Path STRACE = Path.of("/usr/bin/strace");
    private static final Path UNSHARE = Path.of("/usr/bin/unshare");
    private static final long LONG_DELAY_MICROS = 600_000_000L;
    private static final long MINUTES = 5;

    @TempDir
    Path temp;

    /** The command that starts the CLI in a new JVM, with the classes the jar is made of. */
    private static List<String> osteomet(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void aBuildKilledBeforeOrAfterTheSwitchLeavesACompleteBuildAndTheNextCleansUp() throws Exception {
        assumeTrue(Files.isExecutable(STRACE), "strace is not installed");
        Path out = temp.resolve("dist");
        assertThat(CliRun.of("build", "--out", out.toString()).status()).isZero();
        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".dist.build-1"));

        killInRename(out, "delay_enter");

        assertThat(Files.readSymbolicLink(out)).as("killed before the switch").isEqualTo(Path.of(".dist.build-1"));
        assertCompleteBuild(out);
        assertThat(names(temp))
                .as("what the run killed before the switch left")
                .containsExactly(".dist.build-1", ".dist.build-2", ".dist.link-tmp", ".dist.lock", "dist");

        killInRename(out, "delay_exit");

        assertThat(Files.readSymbolicLink(out)).as("killed after the switch").isEqualTo(Path.of(".dist.build-2"));
        assertCompleteBuild(out);
        assertThat(names(temp))
                .as("recovery removed the first run's leftovers; the old build is left by the second")
                .containsExactly(".dist.build-1", ".dist.build-2", ".dist.lock", "dist");

        CliRun next = CliRun.of("build", "--out", out.toString());

        assertThat(next.status()).as(next.err()).isZero();
        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".dist.build-1"));
        assertCompleteBuild(out);
        assertThat(names(temp)).containsExactly(".dist.build-1", ".dist.lock", "dist");
    }

    /**
     * Starts a build under strace, which holds it in the rename(2) that switches the link, kills it there with
     * SIGKILL, and waits until it is gone.
     */
    private void killInRename(Path out, String delay) throws Exception {
        Path trace = temp.resolve("strace-" + delay + ".log");
        Files.deleteIfExists(trace);
        List<String> command = new ArrayList<>(List.of(
                STRACE.toString(),
                "-f",
                "-qq",
                "-o",
                trace.toString(),
                "-e",
                "trace=rename",
                "-e",
                "inject=rename:" + delay + "=" + LONG_DELAY_MICROS));
        command.addAll(osteomet("build", "--out", out.toString()));
        Process strace = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("strace-" + delay + ".out").toFile())
                .start();
        try {
            String switchCall = "rename(\"" + out.getParent().resolve(".dist.link-tmp") + "\", \"" + out + "\"";
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(MINUTES);
            while (!(Files.exists(trace) && Files.readString(trace).contains(switchCall))) {
                if (!strace.isAlive()) {
                    throw new AssertionError("the build ended before its switch: " + read(trace.getFileName() + "")
                            + read("strace-" + delay + ".out"));
                }
                assertThat(System.nanoTime()).as("waiting for the switch").isLessThan(deadline);
                Thread.sleep(100);
            }
            ProcessHandle java = strace.toHandle().children().findFirst().orElseThrow();
            assertThat(java.destroyForcibly()).as("SIGKILL to the build").isTrue();
            // strace 6.1 never lets go of a tracee killed while it delays it ("has delayed wait data set already"),
            // so it is killed too; the build's rename was not done and will not be, as it is dying.
            strace.destroyForcibly();
            assertThat(strace.waitFor(MINUTES, TimeUnit.MINUTES)).isTrue();
            awaitLockReleased(out.getParent().resolve(".dist.lock"), deadline);
            assertThat(Files.readString(temp.resolve("strace-" + delay + ".out")))
                    .doesNotContain("wrote ");
        } finally {
            strace.destroyForcibly();
            Files.deleteIfExists(trace);
            Files.deleteIfExists(temp.resolve("strace-" + delay + ".out"));
        }
    }

    /** Waits until the killed build's files are closed, which releases its lock; its exit is not ours to reap. */
    private static void awaitLockReleased(Path lock, long deadline) throws Exception {
        while (true) {
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
                if (channel.tryLock() != null) {
                    return;
                }
            }
            assertThat(System.nanoTime())
                    .as("waiting for the killed build to close its files")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aFullDiskIsNamedAndLeavesThePreviousBuild() throws Exception {
        // 6 MiB holds one build (247 files, about 4.2 MB in blocks, review site included) but not a second beside it.
        Shell shell = inPrivateTmpfs("size=6m", "build", "build");

        assertThat(shell.exits()).containsExactly(0, 2);
        assertThat(shell.output())
                .contains("osteomet: error: cannot write " + shell.mount().resolve("dist") + " (the disk is full")
                .contains("); its previous content is unchanged.")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(shell.listing()).isEqualTo(".dist.build-1\n.dist.lock\ndist\n");
    }

    @Test
    void aReadOnlyFileSystemIsNamedAndLeavesThePreviousBuild() throws Exception {
        Shell shell = inPrivateTmpfs("size=16m", "build", "remount-ro", "build");

        assertThat(shell.exits()).containsExactly(0, 2);
        assertThat(shell.output())
                .contains("osteomet: error: cannot write to " + shell.mount() + " (the file system is read-only)")
                .doesNotContain("permission denied")
                .doesNotContain("\tat ");
        assertThat(shell.listing()).isEqualTo(".dist.build-1\n.dist.lock\ndist\n");
    }

    /**
     * What a shell in a private mount namespace did.
     *
     * @param mount the tmpfs mount point
     * @param exits the exit status of each build, in order
     * @param output everything the builds printed
     * @param listing {@code ls -A} of the tmpfs at the end, one name a line
     */
    record Shell(Path mount, List<Integer> exits, String output, String listing) {}

    /**
     * Runs builds into a tmpfs mounted in a private user and mount namespace ({@code unshare -rm}, no root needed),
     * which is gone, with everything in it, when the shell ends.
     */
    private Shell inPrivateTmpfs(String options, String... steps) throws Exception {
        assumeTrue(Files.isExecutable(UNSHARE), "unshare is not installed");
        Path mount = Files.createDirectory(temp.resolve("tmpfs"));
        Path log = temp.resolve("shell.log");
        StringBuilder script = new StringBuilder("set -u\nmount -t tmpfs -o " + options + " tmpfs \"$1\" || exit 97\n");
        for (String step : steps) {
            if (step.equals("remount-ro")) {
                script.append("mount -o remount,ro \"$1\" || exit 98\n");
            } else {
                script.append(quoted(
                                osteomet("build", "--out", mount.resolve("dist").toString())))
                        .append(" >>\"$2\" 2>&1; echo \"exit=$?\" >>\"$2\"\n");
            }
        }
        script.append("echo '--- listing' >>\"$2\"; ls -A \"$1\" >>\"$2\"\n");
        Process shell = new ProcessBuilder(
                        UNSHARE.toString(),
                        "-rm",
                        "sh",
                        "-c",
                        script.toString(),
                        "sh",
                        mount.toString(),
                        log.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("unshare.out").toFile())
                .start();
        assertThat(shell.waitFor(MINUTES, TimeUnit.MINUTES)).isTrue();
        int status = shell.exitValue();
        assumeTrue(status != 97, () -> "cannot mount a tmpfs in a user namespace here: " + read("unshare.out"));
        assumeTrue(status != 98, () -> "cannot remount the tmpfs read-only here: " + read("unshare.out"));
        assertThat(status).as(read("unshare.out")).isZero();
        String text = Files.readString(log);
        List<Integer> exits = new ArrayList<>();
        text.lines().filter(l -> l.startsWith("exit=")).forEach(l -> exits.add(Integer.parseInt(l.substring(5))));
        int cut = text.indexOf("--- listing\n");
        return new Shell(mount, exits, text.substring(0, cut), text.substring(cut + "--- listing\n".length()));
    }

    private String read(String name) {
        try {
            return Files.readString(temp.resolve(name));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String quoted(List<String> command) {
        StringBuilder line = new StringBuilder();
        for (String word : command) {
            line.append(line.isEmpty() ? "" : " ")
                    .append('\'')
                    .append(word.replace("'", "'\\''"))
                    .append('\'');
        }
        return line.toString();
    }

    private static List<String> names(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Checks that the folder the link points to holds exactly the files its manifest lists, with their digests. */
    private static void assertCompleteBuild(Path out) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(out.resolve("manifest.json")));
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode file : manifest.get("files")) {
            listed.put(file.get("path").asString(), file.get("sha256").asString());
        }
        assertThat(listed).containsKeys("json/osteomet.json", "fhir/bundle.json", "csv/claims.csv");
        Map<String, String> onDisk = new TreeMap<>(BuildCommandTest.tree(out));
        assertThat(onDisk.remove("manifest.json")).isNotNull();
        assertThat(onDisk).isEqualTo(listed);
        assertThat(Files.isDirectory(out.toRealPath(), LinkOption.NOFOLLOW_LINKS))
                .isTrue();
    }
}
