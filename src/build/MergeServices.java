import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes one META-INF/services file per service type into the folder given, listing every implementation that any jar of
 * the class path given registers for it (in class-path order, each once). The jar embeds its libraries in one bundle, where
 * several of them (ph-commons, phive, POI) register implementations of the same service type in files of the same name: taken
 * as they are, one file would stand for all and the others' registrations would be lost.
 * Run by the build (exec-maven-plugin) as a single-file program: {@code java MergeServices.java <folder> <class path>}.
 */
public final class MergeServices {

    private static final String SERVICES = "META-INF/services/";

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(SERVICES);
        Map<String, Set<String>> services = new TreeMap<>();
        for (String entry : args[1].split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                read(Path.of(entry), services);
            }
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, Set<String>> service : services.entrySet()) {
            Files.write(folder.resolve(service.getKey()), service.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("[services] " + services.size() + " service types merged into " + folder);
    }

    private static void read(Path jar, Map<String, Set<String>> services) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(SERVICES) || name.indexOf('/', SERVICES.length()) >= 0) {
                    continue;
                }
                Set<String> providers = services.computeIfAbsent(name.substring(SERVICES.length()), type -> new LinkedHashSet<>());
                try (InputStream in = zip.getInputStream(entry)) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        int comment = line.indexOf('#');
                        String provider = (comment >= 0 ? line.substring(0, comment) : line).strip();
                        if (!provider.isEmpty()) {
                            providers.add(provider);
                        }
                    }
                }
            }
        }
    }
}
