package io.github.ratecard.sandbox;

import io.github.ratecard.rest.StatusResource;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.ws.rs.ext.Provider;

/** The REST module's classes as Atlassian REST finds them in Jira: every resource and provider in the package the descriptor names. */
final class RestModule {

    static final String PACKAGE = StatusResource.class.getPackageName();

    private RestModule() {
    }

    static List<Class<?>> classes() {
        List<Class<?>> found = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> type = load(name);
            if (type.isAnnotationPresent(javax.ws.rs.Path.class) || type.isAnnotationPresent(Provider.class)) {
                found.add(type);
            }
        }
        return found;
    }

    /** From the classes folder, or from the built jar (the Jakarta run loads the app from the Jira 11 jar). */
    private static List<String> classNames() {
        try {
            Path root = Path.of(StatusResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                return classNames(root);
            }
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                return classNames(jar.getPath("/"));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list the REST package's classes", e);
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(PACKAGE.replace('.', '/')))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class")).sorted()
                    .map(name -> PACKAGE + "." + name.substring(0, name.length() - ".class".length())).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RestModule.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
