package org.osteomet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.core.Content;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * The packaged content loads the same from the jar layouts applications ship in: one shaded jar holding every
 * class, and a Spring Boot executable jar whose libraries are jars nested in it, run by Spring Boot's own launcher.
 *
 * <p>Each jar is built here from the classes this build compiled and run in a JVM of its own, so nothing of the
 * test's classpath leaks in.
 */
class ClasspathLayoutTest {
    private static final String INDEX = "org/osteomet/content/data-index.txt";

    @TempDir
    Path temp;

    @Test
    void loadsFromAShadedJar() throws Exception {
        Path jar = temp.resolve("app-shaded.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest(LoadFromJar.class))) {
            Set<String> written = new HashSet<>();
            addClass(out, LoadFromJar.class, "", written);
            for (Path library : libraries()) {
                addAll(out, library, "", written);
            }
        }

        List<String> output = run("-cp", jar.toString(), LoadFromJar.class.getName());

        assertThat(output).hasSize(2);
        assertThat(output.get(0)).isEqualTo("claims " + claimCount());
        assertThat(output.get(1)).startsWith("index jar:file:").endsWith(jar.getFileName() + "!/" + INDEX);
    }

    @Test
    void loadsFromAJarNestedInASpringBootJar() throws Exception {
        Path jar = temp.resolve("app-boot.jar");
        Manifest manifest = manifest(JarLauncher.class);
        manifest.getMainAttributes().putValue("Start-Class", LoadFromJar.class.getName());
        manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            Set<String> written = new HashSet<>();
            addAll(out, codeSource(JarLauncher.class), "", written);
            for (String folder : List.of("BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/lib/")) {
                // The launcher finds the application's classes by their folder's own entry.
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            addClass(out, LoadFromJar.class, "BOOT-INF/classes/", written);
            int n = 0;
            for (Path library : libraries()) {
                // Spring Boot reads nested jars in place, so they are stored, not compressed.
                String name = "BOOT-INF/lib/library-" + n++ + ".jar";
                putStored(out, name, jarBytes(library));
            }
        }

        List<String> output = run("-jar", jar.toString());

        assertThat(output).hasSize(2);
        assertThat(output.get(0)).isEqualTo("claims " + claimCount());
        // The index was read from the content jar inside the Spring Boot jar, not from a file or a plain jar.
        assertThat(output.get(1))
                .startsWith("index jar:nested:")
                .contains(jar.getFileName() + "/!BOOT-INF/lib/library-0.jar!/")
                .endsWith(INDEX);
    }

    private static int claimCount() {
        return ContentLoader.load().claims().size();
    }

    /** Returns content's own classes first, then core and the Jackson jars it runs with. */
    private static List<Path> libraries() throws Exception {
        List<Path> libraries = new ArrayList<>();
        libraries.add(codeSource(ContentLoader.class));
        libraries.add(codeSource(Content.class));
        for (String type : List.of(
                "tools.jackson.databind.ObjectMapper",
                "tools.jackson.core.JsonParser",
                "com.fasterxml.jackson.annotation.JsonProperty")) {
            libraries.add(codeSource(Class.forName(type)));
        }
        return libraries;
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Manifest manifest(Class<?> main) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        return manifest;
    }

    private static void addClass(JarOutputStream out, Class<?> type, String prefix, Set<String> written)
            throws Exception {
        String name = type.getName().replace('.', '/') + ".class";
        put(out, prefix + name, Files.readAllBytes(codeSource(type).resolve(name)), written);
    }

    /** Adds every file of a class folder or jar under the prefix, as the shade plugin merges jars. */
    private static void addAll(JarOutputStream out, Path library, String prefix, Set<String> written)
            throws IOException {
        if (Files.isDirectory(library)) {
            try (Stream<Path> walk = Files.walk(library)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = library.relativize(file).toString().replace('\\', '/');
                    put(out, prefix + name, Files.readAllBytes(file), written);
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(library.toFile())) {
            for (JarEntry entry : jar.stream()
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList()) {
                String name = entry.getName();
                if (entry.isDirectory()
                        || name.equals("META-INF/MANIFEST.MF")
                        || name.endsWith("module-info.class")
                        || name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)")) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    put(out, prefix + name, in.readAllBytes(), written);
                }
            }
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes, Set<String> written) throws IOException {
        if (written.add(name)) {
            out.putNextEntry(new JarEntry(name));
            out.write(bytes);
            out.closeEntry();
        }
    }

    private static void putStored(JarOutputStream out, String name, byte[] bytes) throws IOException {
        JarEntry entry = new JarEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /** Returns a jar as bytes: the jar itself, or a jar of a class folder. */
    private static byte[] jarBytes(Path library) throws IOException {
        if (!Files.isDirectory(library)) {
            return Files.readAllBytes(library);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest(Object.class))) {
            addAll(out, library, "", new HashSet<>());
        }
        return bytes.toByteArray();
    }

    private static List<String> run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text.lines().toList();
    }
}
