package org.osteomet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmarks ran on, from the JVM and, on Linux, /proc. */
final class Machine {
    private Machine() {}

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }

    static String markdown() {
        return "- CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores available to the JVM\n"
                + "- Memory: " + memory() + "\n"
                + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")\n"
                + "- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + "\n";
    }

    private static String cpuModel() {
        return procField("/proc/cpuinfo", "model name").orElse("unknown");
    }

    private static String memory() {
        return procField("/proc/meminfo", "MemTotal")
                .map(kb ->
                        String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1048576.0))
                .orElse("unknown");
    }

    private static java.util.Optional<String> procField(String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (line.startsWith(name)) {
                    return java.util.Optional.of(
                            line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc is hidden: the report says unknown.
        }
        return java.util.Optional.empty();
    }
}
