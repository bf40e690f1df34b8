package io.github.ratecard.sandbox;

import java.io.File;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the sandbox on the Jira 11 flavour ({@code mvn -Psandbox -Dratecard.platform=11}) in a class loader of its own
 * whose only parent is the JDK's. Maven hands it two parts of the class path: the loader that runs this class holds the
 * Jira 11 jar, the sandbox moved to Jakarta and Jersey 3.1 with Jetty 12 EE 10; the file that the system property
 * {@value #LIBRARIES} names lists the other test libraries (a class path line), without the javax stack (Jersey 2, HK2,
 * Jetty 9 and the javax APIs).
 */
public final class SandboxLauncher {

    static final String LIBRARIES = "ratecard.sandbox.librariesFile";
    private static final String SANDBOX = "io.github.ratecard.sandbox.Sandbox";

    private SandboxLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        String librariesFile = System.getProperty(LIBRARIES);
        if (librariesFile == null) {
            throw new IllegalStateException("-D" + LIBRARIES + " is not set: start the Jira 11 sandbox through Maven (see README)");
        }
        URL[] own = ((URLClassLoader) SandboxLauncher.class.getClassLoader()).getURLs();
        URLClassLoader loader = classLoader(own, Files.readString(Paths.get(librariesFile)).trim());
        requireTheJakartaStackOnly(loader);
        Thread.currentThread().setContextClassLoader(loader);
        MethodHandles.publicLookup()
                .findStatic(loader.loadClass(SANDBOX), "main", MethodType.methodType(void.class, String[].class))
                .invoke(args);
    }

    /**
     * Refuses a class path that still holds the javax servlet API or the exec plugin (pom.xml excludes the plugin's own
     * jars by file name, for its pinned version).
     */
    static void requireTheJakartaStackOnly(ClassLoader loader) {
        // joined at run time: the Transformer would rewrite a constant that names a javax package
        for (String resource : List.of(String.join("/", "javax", "servlet", "Servlet.class"),
                "org/codehaus/mojo/exec/ExecJavaMojo.class", "org/codehaus/plexus/util/StringUtils.class")) {
            URL found = loader.getResource(resource);
            if (found != null) {
                throw new IllegalStateException("The Jira 11 sandbox's class path holds " + found
                        + ": update the sandbox-jira11 profile in pom.xml");
            }
        }
    }

    static URLClassLoader classLoader(URL[] first, String libraries) throws MalformedURLException {
        List<URL> urls = new ArrayList<>(Arrays.asList(first));
        for (String library : libraries.split(File.pathSeparator)) {
            if (!library.isBlank()) {
                urls.add(Paths.get(library).toUri().toURL());
            }
        }
        return new URLClassLoader("ratecard-sandbox", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
