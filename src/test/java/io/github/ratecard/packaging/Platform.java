package io.github.ratecard.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Jira platform a jar check runs for ({@code -Dratecard.platform=10|11}, set by the build for
 * each of its two jars): which reviewed host API list and which exported packages apply, and where
 * the Jakarta EE APIs of Jira 11 come from (their own jars, copied by the build to
 * {@code target/jakarta-api}, since the test class path holds the javax ones).
 */
enum Platform {

    JIRA_10("src/provided/host-api.txt", "/osgi/jira-10.3-host-packages.txt", "Jira Data Center 10.3 LTS (Platform 7, Java 17)"),
    JIRA_11("src/provided/host-api-jira11.txt", "/osgi/jira-11-host-packages.txt", "Jira Data Center 11 (Platform 8, Java 21)");

    private final String hostApiList;
    private final String hostPackages;
    private final String descriptorName;

    Platform(String hostApiList, String hostPackages, String descriptorName) {
        this.hostApiList = hostApiList;
        this.hostPackages = hostPackages;
        this.descriptorName = descriptorName;
    }

    static Platform current() {
        String platform = System.getProperty("ratecard.platform", "10");
        switch (platform) {
            case "10": return JIRA_10;
            case "11": return JIRA_11;
            default: throw new IllegalStateException("-Dratecard.platform must be 10 or 11, was " + platform);
        }
    }

    Path hostApiList() {
        return Paths.get(hostApiList);
    }

    HostPackages hostPackages() throws IOException {
        return HostPackages.read(hostPackages);
    }

    /** How the descriptor's {@code ratecard-platform} parameter names this platform. */
    String descriptorName() {
        return descriptorName;
    }

    /** The Jakarta EE API jars Jira 11 provides (bundles of their own there too); none for Jira 10. */
    List<Path> jakartaApiJars() {
        if (this == JIRA_10) {
            return List.of();
        }
        Path folder = Paths.get("target/jakarta-api");
        try (Stream<Path> jars = Files.list(folder)) {
            List<Path> found = jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            if (found.isEmpty()) {
                throw new IllegalStateException(folder + " holds no jar: run through 'mvn verify'");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The host's API as class files: the test class path, with the Jakarta EE API jars in front for Jira 11. */
    ClassLoader hostApi() {
        URL[] urls = jakartaApiJars().stream().map(Platform::url).toArray(URL[]::new);
        return urls.length == 0 ? Platform.class.getClassLoader() : new URLClassLoader(urls, Platform.class.getClassLoader());
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
