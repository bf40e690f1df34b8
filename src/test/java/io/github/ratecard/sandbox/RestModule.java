package io.github.ratecard.sandbox;

import io.github.ratecard.rest.StatusResource;
import java.net.URI;
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

    private static List<String> classNames() {
        try {
            URI location = StatusResource.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path folder = Path.of(location).resolve(PACKAGE.replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class")).sorted()
                        .map(name -> PACKAGE + "." + name.substring(0, name.length() - ".class".length())).toList();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list the REST package's classes", e);
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
