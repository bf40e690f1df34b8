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

/**
 * The domain knows nothing of Jira, Active Objects, HTTP, servlets, SQL or files, nor of the adapters or the
 * application layer above it (DESIGN.md §2); the application layer knows the domain but no host type or adapter.
 */
public class DomainIsolationTest {

    private static final List<String> DOMAIN = List.of("money", "domain", "fx", "rates", "capacity", "billing", "audit", "access", "approval", "ledger", "jobs", "budget",
            "contract", "invoice", "einvoice", "export", "webhook", "accounting", "insight");
    private static final String HOST_OR_ADAPTER = "com\\.atlassian\\.|net\\.java\\.ao|javax\\.ws\\.|javax\\.servlet\\.|java\\.sql\\."
            + "|java\\.net\\.http\\.|com\\.helger\\.|java\\.io\\.File|java\\.nio\\.file\\.|io\\.github\\.ratecard\\.(store|jira|rest|web)\\.";
    private static final Pattern FORBIDDEN = imports(HOST_OR_ADAPTER + "|io\\.github\\.ratecard\\.app\\.");
    private static final Pattern FORBIDDEN_IN_APP = imports(HOST_OR_ADAPTER);

    @Test
    public void domainPackages_shouldImportNoHostPersistenceAdapterOrApplicationType() throws IOException {
        List<String> found = new ArrayList<>();
        for (String area : DOMAIN) {
            found.addAll(violations(area, FORBIDDEN));
        }
        assertEquals(List.of(), found);
    }

    @Test
    public void applicationLayer_shouldImportNoHostPersistenceOrAdapterType() throws IOException {
        assertEquals(List.of(), violations("app", FORBIDDEN_IN_APP));
    }

    @Test
    public void forbiddenImport_shouldBeRecognised() {
        assertEquals(true, FORBIDDEN.matcher("package x;\nimport net.java.ao.Query;\n").find());
        assertEquals(true, FORBIDDEN.matcher("import io.github.ratecard.store.AoLedgerStore;").find());
        assertEquals(true, FORBIDDEN.matcher("import io.github.ratecard.app.RateCardService;").find());
        assertEquals(false, FORBIDDEN.matcher("import io.github.ratecard.money.Money;").find());
        assertEquals(false, FORBIDDEN_IN_APP.matcher("import io.github.ratecard.budget.Budget;").find());
    }

    private static Pattern imports(String packages) {
        return Pattern.compile("^import (static )?(" + packages + ")[^;]*;", Pattern.MULTILINE);
    }

    private static List<String> violations(String area, Pattern forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        Path folder = Path.of("src/main/java/io/github/ratecard", area);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = forbidden.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(folder.relativize(file) + " in " + area + ": " + matcher.group());
                }
            }
        }
        return found;
    }
}
