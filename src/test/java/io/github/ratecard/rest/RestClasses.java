package io.github.ratecard.rest;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The top-level classes of the REST package, read from where the app's classes were loaded: the classes folder, or a
 * built jar (the Jakarta REST run loads them from the Jira 11 jar).
 */
final class RestClasses {

    private RestClasses() {
    }

    static List<Class<?>> all() throws Exception {
        URI location = LedgerResource.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path root = Path.of(location);
        if (Files.isDirectory(root)) {
            return inPackage(root);
        }
        try (FileSystem jar = FileSystems.newFileSystem(root)) {
            return inPackage(jar.getPath("/"));
        }
    }

    private static List<Class<?>> inPackage(Path root) throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("io/github/ratecard/rest"))) {
            for (String name : files.map(file -> file.getFileName().toString()).sorted().toList()) {
                if (name.endsWith(".class") && !name.contains("$")) {
                    classes.add(Class.forName(LedgerResource.class.getPackageName() + "." + name.substring(0, name.length() - 6)));
                }
            }
        }
        return classes;
    }
}
