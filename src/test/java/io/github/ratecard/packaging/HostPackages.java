package io.github.ratecard.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The packages a Jira version exports to plugins, read from a list under {@code src/test/resources/osgi/}. */
final class HostPackages {

    private final Map<String, String> versions;

    private HostPackages(Map<String, String> versions) {
        this.versions = versions;
    }

    static HostPackages jira103() throws IOException {
        return read("/osgi/jira-10.3-host-packages.txt");
    }

    static HostPackages read(String resource) throws IOException {
        Map<String, String> versions = new LinkedHashMap<>();
        try (InputStream in = HostPackages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.replaceAll("#.*", "").strip();
                if (!entry.isEmpty()) {
                    String[] fields = entry.split("\\s+");
                    if (fields.length != 2 || versions.put(fields[0], fields[1]) != null) {
                        throw new IllegalStateException(resource + ": not '<package> <version>' or listed twice: " + line);
                    }
                }
            }
        }
        return new HostPackages(versions);
    }

    Map<String, String> versions() {
        return versions;
    }

    /** The list as an Export-Package header, e.g. for {@code org.osgi.framework.system.packages.extra}. */
    String exportHeader() {
        return versions.entrySet().stream().map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"").collect(Collectors.joining(","));
    }
}
