package io.github.ratecard.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;

/** The built plugin jar, read as Jira would read it. */
final class PluginJar {

    private final Path path;
    private final List<String> entries;
    private final Manifest manifest;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        try (JarFile jar = new JarFile(path.toFile())) {
            List<String> names = new ArrayList<>();
            jar.stream().map(ZipEntry::getName).forEach(names::add);
            this.entries = Collections.unmodifiableList(names);
            this.manifest = jar.getManifest();
        }
    }

    /** The jar named by {@code -Dratecard.jar}, which the build sets to the jar it just made. */
    static PluginJar built() throws IOException {
        String location = System.getProperty("ratecard.jar");
        if (location == null || !Files.isRegularFile(Paths.get(location))) {
            throw new IllegalStateException("Run through 'mvn verify': -Dratecard.jar must name the built jar, was " + location);
        }
        return new PluginJar(Paths.get(location));
    }

    static PluginJar at(Path path) throws IOException {
        return new PluginJar(path);
    }

    Path path() {
        return path;
    }

    List<String> entries() {
        return entries;
    }

    boolean contains(String entry) {
        return entries.contains(entry);
    }

    boolean containsClass(String className) {
        return contains(className.replace('.', '/') + ".class");
    }

    String header(String name) {
        return manifest.getMainAttributes().getValue(new Attributes.Name(name));
    }

    String text(String entry) throws IOException {
        try (JarFile jar = new JarFile(path.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The package names in the manifest's Import-Package header, without their attributes. */
    Set<String> importedPackages() {
        return OsgiHeader.names(header("Import-Package"));
    }

    /** The packages the jar holds classes of (its own and the embedded libraries'). */
    Set<String> classPackages() {
        Set<String> packages = new TreeSet<>();
        for (String entry : entries) {
            int slash = entry.lastIndexOf('/');
            if (entry.endsWith(".class") && slash > 0 && !entry.startsWith("META-INF/")) {
                packages.add(entry.substring(0, slash).replace('/', '.'));
            }
        }
        return packages;
    }

    /** Every package outside the jar that its classes refer to, as jdeps finds them. */
    Set<String> referencedExternalPackages() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("jdeps is missing from this JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                "-verbose:package", "--multi-release", "17", path.toString());
        if (exit != 0) {
            throw new IllegalStateException("jdeps failed: " + out);
        }
        Set<String> packages = new TreeSet<>();
        Matcher matcher = Pattern.compile("->\\s+([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\\s").matcher(out.toString(StandardCharsets.UTF_8));
        while (matcher.find()) {
            if (!matcher.group(1).startsWith("io.github.ratecard")) {
                packages.add(matcher.group(1));
            }
        }
        return packages;
    }
}
