package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.insight.hints.HintFacts;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** The hints' own reads: a person's time on every project, projects' months per account, links and issued invoices of all accounts. */
public class AoHintSourcesTest {

    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final YearMonth MAY = YearMonth.of(2026, 5);

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoRollupStore rollups = new AoRollupStore(database.activeObjects());
    private final AoHintSources target = new AoHintSources(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void loggedSeconds_shouldAddUpAPersonsMonthOverEveryCurrencyFromThePersonRollups() {
        rollups.addToRollups(List.of(person("ana", "EUR", APRIL, 3600)));
        rollups.addToRollups(List.of(person("ana", "EUR", APRIL, 1800)));
        rollups.addToRollups(List.of(person("ana", "USD", APRIL, 7200)));
        rollups.addToRollups(List.of(person("ana", null, APRIL, 60)));
        rollups.addToRollups(List.of(person("bo", "EUR", APRIL, 600)));
        rollups.addToRollups(List.of(person("ana", "EUR", MAY, 99_999)));
        rollups.addToRollups(List.of(project(7L, "ana", "ACME", APRIL, 50_000, 0)));

        assertEquals(Map.of("ana", 12_660L, "bo", 600L), target.loggedSeconds(APRIL));
    }

    @Test
    public void projectMonths_shouldGiveEachProjectsAccountMonthOnceWithItsUnpricedEntries() {
        rollups.addToRollups(List.of(project(7L, "ana", "ACME", APRIL, 3600, 2)));
        rollups.addToRollups(List.of(project(7L, "bo", "ACME", APRIL, 3600, 1)));
        rollups.addToRollups(List.of(project(7L, "bo", null, MAY, 600, 0)));
        rollups.addToRollups(List.of(project(8L, "bo", "GLX", YearMonth.of(2026, 6), 600, 0)));

        assertEquals(Set.of(new HintFacts.ProjectMonth(7, "ACME", APRIL, 3), new HintFacts.ProjectMonth(7, null, MAY, 0)),
                Set.copyOf(target.projectMonths(APRIL, MAY)));
    }

    @Test
    public void projectMonths_shouldLeaveOutAMonthWhoseRowsCancelOut() {
        Rollup.Key key = new Rollup.Key(Rollup.Kind.PROJECT, 7L, "ana", "ACME", "EUR", APRIL);
        rollups.addToRollups(List.of(new Rollup(key, 3600, 0, 100, 0, 1, 1, 0, 0, 1)));
        rollups.addToRollups(List.of(new Rollup(key, -3600, 0, -100, 0, -1, -1, 0, 0, -1)));

        assertEquals(List.of(), target.projectMonths(APRIL, MAY));
    }

    @Test
    public void linkedProjects_shouldGiveEveryAccountsProjects() {
        link(7, "ACME");
        link(8, "ACME");
        link(9, "GLX");

        assertEquals(Map.of("ACME", Set.of(7L, 8L), "GLX", Set.of(9L)), target.linkedProjects());
    }

    @Test
    public void issuedPeriods_shouldGiveIssuedInvoicesOfEveryAccountTouchingTheDays() {
        invoice("ACME", "INVOICE", "ISSUED", "2026-03-01", "2026-03-31");
        invoice("GLX", "INVOICE", "ISSUED", "2026-04-01", "2026-04-30");
        invoice("GLX", "INVOICE", "VOID", "2026-04-01", "2026-04-30");
        invoice("GLX", "CREDIT_NOTE", "ISSUED", "2026-04-01", "2026-04-30");
        invoice("GLX", "INVOICE", "DRAFT", "2026-04-01", "2026-04-30");
        invoice("GLX", "INVOICE", "ISSUED", "2026-02-01", "2026-02-28");

        assertEquals(List.of(new HintFacts.Invoiced("ACME", range("2026-03-01", "2026-03-31")),
                        new HintFacts.Invoiced("GLX", range("2026-04-01", "2026-04-30"))),
                target.issuedPeriods(range("2026-03-31", "2026-05-31")));
    }

    private static Rollup project(Long projectId, String user, String account, YearMonth month, long worked, long unpriced) {
        return new Rollup(new Rollup.Key(Rollup.Kind.PROJECT, projectId, user, account, "EUR", month), worked, 0, 0, 0, 1, unpriced, 0, 0,
                unpriced);
    }

    private static Rollup person(String user, String currency, YearMonth month, long worked) {
        return new Rollup(new Rollup.Key(Rollup.Kind.PERSON, null, user, null, currency, month), worked, 0, 0, 0, 1, 0, 0, 0, 1);
    }

    private void link(long projectId, String account) {
        database.activeObjects().create(ProjectAccountEntity.class, Map.of(ProjectAccountEntity.PROJECT_ID, projectId,
                ProjectAccountEntity.ACCOUNT_KEY, account, ProjectAccountEntity.DEFAULT_LINK, true));
    }

    private void invoice(String account, String kind, String status, String first, String last) {
        Map<String, Object> row = new HashMap<>();
        row.put(InvoiceEntity.KIND, kind);
        row.put(InvoiceEntity.STATUS, status);
        row.put(InvoiceEntity.ACCOUNT_KEY, account);
        row.put(InvoiceEntity.FIRST_DAY, LocalDate.parse(first).toEpochDay());
        row.put(InvoiceEntity.LAST_DAY, LocalDate.parse(last).toEpochDay());
        row.put(InvoiceEntity.LINE_GROUPING, "ISSUE");
        row.put(InvoiceEntity.CURRENCY, "EUR");
        row.put(InvoiceEntity.TAX_BP, 0);
        row.put(InvoiceEntity.CREATED_BY, "fiona");
        database.activeObjects().create(InvoiceEntity.class, row);
    }

    private static DateRange range(String first, String last) {
        return new DateRange(LocalDate.parse(first), LocalDate.parse(last));
    }
}
