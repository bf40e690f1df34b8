package io.github.ratecard.lint;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The domain packages form layers, each using only those before it in {@link #LAYERS}, so no two
 * depend on each other; the order is the one the package table in src/docs/development.md gives.
 */
public class PackageLayersTest {

    private static final List<String> LAYERS = List.of("domain", "money", "fx", "audit", "access", "webhook", "approval", "rates", "capacity", "billing", "ledger",
            "budget", "jobs", "contract", "invoice", "einvoice", "export", "insight", "accounting");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.github\\.ratecard\\.([a-z]+)\\.");

    @Test
    public void domainPackages_shouldUseOnlyThePackagesBeforeThem() throws IOException {
        List<String> found = new ArrayList<>();
        for (String layer : LAYERS) {
            Set<String> later = new TreeSet<>(referencedPackages(layer));
            later.removeAll(LAYERS.subList(0, LAYERS.indexOf(layer) + 1));
            if (!later.isEmpty()) {
                found.add(layer + " uses " + later);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    public void reference_shouldNameThePackageUsed() {
        Matcher matcher = REFERENCE.matcher("return new io.github.ratecard.budget.BudgetScope(kind);");
        assertEquals(true, matcher.find());
        assertEquals("budget", matcher.group(1));
    }

    private static Set<String> referencedPackages(String layer) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/github/ratecard", layer))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = REFERENCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }
}
