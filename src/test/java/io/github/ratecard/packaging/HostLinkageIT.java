package io.github.ratecard.packaging;

import static org.junit.Assert.assertTrue;

import io.github.ratecard.packaging.linkage.HostApiList;
import io.github.ratecard.packaging.linkage.HostLinkage;
import io.github.ratecard.packaging.linkage.HostMember;
import io.github.ratecard.packaging.linkage.LibraryApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The host linkage check: every member of Jira's API that the built jar links against must be in
 * the reviewed list {@code src/provided/host-api.txt}, with the very descriptor the bytecode asks
 * for, and the list holds nothing the jar does not use. Our declarations in {@code src/provided}
 * cannot vouch for themselves; the list is checked line by line against Jira's javadoc.
 *
 * <p>Each of the build's jars is checked against its own list ({@link Platform}); what the jar needs
 * is written to {@code target/host-api-required.txt} (Jira 11: {@code host-api-required-jira11.txt})
 * for the reviewer.
 */
public class HostLinkageIT {

    static final Platform PLATFORM = Platform.current();
    static final Path LIST = PLATFORM.hostApiList();

    @Test
    public void everyHostMemberTheJarLinksAgainst_shouldBeInTheReviewedList() throws IOException {
        SortedMap<HostMember, SortedSet<String>> required = requirementsOf(Paths.get(System.getProperty("ratecard.jar")));
        writeForReview(required);

        List<String> problems = HostApiList.parse(Files.readString(LIST)).problems(required);

        assertTrue("The jar's use of Jira differs from " + LIST + " (check each line against the javadoc page it cites;"
                + " target/host-api-required.txt lists what the jar needs):\n  " + String.join("\n  ", problems), problems.isEmpty());
    }

    @Test
    public void everyListedMemberOfALibraryJira10Provides_shouldExistInThatLibrarysJar() throws IOException {
        LibraryApi libraries = new LibraryApi(PLATFORM.hostApi());

        List<String> problems = HostApiList.parse(Files.readString(LIST)).lines().keySet().stream()
                .map(libraries::problem).flatMap(java.util.Optional::stream).collect(Collectors.toList());

        assertTrue("Lines of " + LIST + " that the library's own jar contradicts:\n  " + String.join("\n  ", problems), problems.isEmpty());
    }

    static SortedMap<HostMember, SortedSet<String>> requirementsOf(Path jarPath) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        Map<String, String> xml = new TreeMap<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : jar.stream().collect(Collectors.toList())) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), read(jar, entry));
                } else if (name.equals("atlassian-plugin.xml") || name.matches("META-INF/spring/[^/]+\\.xml")) {
                    xml.put(name, new String(read(jar, entry), StandardCharsets.UTF_8));
                }
            }
        }
        return new HostLinkage(classes, "io/github/ratecard/", PLATFORM.hostApi()).requirements(xml);
    }

    private static byte[] read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static void writeForReview(SortedMap<HostMember, SortedSet<String>> required) throws IOException {
        StringBuilder text = new StringBuilder("# What the built jar needs of the host: KIND MEMBER  (used by)\n");
        required.forEach((member, callers) -> text.append(member.kind()).append(' ').append(member.member())
                .append("  # ").append(String.join(", ", callers)).append('\n'));
        Files.writeString(Paths.get(PLATFORM == Platform.JIRA_10 ? "target/host-api-required.txt" : "target/host-api-required-jira11.txt"), text);
    }
}
