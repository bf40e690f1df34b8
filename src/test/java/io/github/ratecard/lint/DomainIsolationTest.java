package io.github.ratecard.lint;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/** The domain knows nothing of Jira, Active Objects, HTTP, servlets, SQL or files, nor of the adapters (DESIGN.md §2). */
public class DomainIsolationTest {

    private static final List<String> DOMAIN = List.of("money", "domain", "rates", "billing", "audit", "access", "ledger", "jobs", "budget");
    private static final Pattern FORBIDDEN = Pattern.compile("^import (static )?("
            + "com\\.atlassian\\.|net\\.java\\.ao|javax\\.ws\\.|javax\\.servlet\\.|java\\.sql\\.|java\\.io\\.File|java\\.nio\\.file\\."
            + "|io\\.github\\.ratecard\\.(store|jira|rest|web)\\.)[^;]*;", Pattern.MULTILINE);

    @Test
    public void domainPackages_shouldImportNoHostPersistenceOrAdapterType() throws IOException {
        List<String> found = new ArrayList<>();
        for (String area : DOMAIN) {
            Path folder = Path.of("src/main/java/io/github/ratecard", area);
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = FORBIDDEN.matcher(Files.readString(file));
                    while (matcher.find()) {
                        found.add(folder.relativize(file) + " in " + area + ": " + matcher.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    public void forbiddenImport_shouldBeRecognised() {
        assertEquals(true, FORBIDDEN.matcher("package x;\nimport net.java.ao.Query;\n").find());
        assertEquals(true, FORBIDDEN.matcher("import io.github.ratecard.store.AoLedgerStore;").find());
        assertEquals(false, FORBIDDEN.matcher("import io.github.ratecard.money.Money;").find());
    }
}
