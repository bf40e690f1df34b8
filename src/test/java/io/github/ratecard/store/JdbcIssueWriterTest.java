package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.RepeatableRequests;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import net.java.ao.RawEntity;
import org.junit.After;
import org.junit.Test;

/** Issuing written set-based by JDBC in one transaction of its own, through SAL's executor, against issuing through the stores. */
public class JdbcIssueWriterTest {

    private static final LocalDate ISSUE_DAY = LocalDate.parse("2026-11-05");
    private static final List<Class<? extends RawEntity<?>>> ISSUING_TABLES = List.of(InvoiceEntity.class, InvoiceLineEntity.class,
            InvoiceNumberEntity.class, SequenceEntity.class, InvoicePartiesEntity.class, InvoicedWorkEntity.class, LedgerEntity.class,
            AdjustmentEntity.class, AuditEntity.class, RequestKeyEntity.class);

    private final List<InvoiceKit> kits = new ArrayList<>();

    @After
    public void tearDown() {
        kits.forEach(InvoiceKit::close);
    }

    private InvoiceKit kit(String issuingNamespace) {
        InvoiceKit kit = new InvoiceKit(issuingNamespace);
        kits.add(kit);
        return kit;
    }

    @Test
    public void setBasedIssue_shouldWriteTheSameRowsAsIssuingThroughTheStores() throws Exception {
        InvoiceKit jdbc = kit(TestDatabase.NAMESPACE);
        InvoiceKit stores = kit("io.github.ratecard.elsewhere");

        for (InvoiceKit kit : List.of(jdbc, stores)) {
            invoiceTwiceWithAnAdjustmentAndARequestKey(kit);
        }

        assertTrue(jdbc.issuingStatements.stream().anyMatch(sql -> sql.startsWith("INSERT INTO") && sql.contains("RC_INV_WORK")));
        assertFalse(stores.issuingStatements.stream().anyMatch(sql -> sql.startsWith("INSERT INTO")));
        for (Class<? extends RawEntity<?>> table : ISSUING_TABLES) {
            assertEquals(table.getSimpleName(), rows(stores, table), rows(jdbc, table));
        }
        assertNotEquals(List.of(), rows(jdbc, InvoicedWorkEntity.class));
        assertNotEquals(List.of(), rows(jdbc, RequestKeyEntity.class));
        assertEquals("invoiced entries marked by the JDBC way, each with its value", List.of(7L, 7L), invoicedEntriesAndValues(jdbc));
    }

    /** How many live entries are marked invoiced, and how many of those have a value. */
    private static List<Long> invoicedEntriesAndValues(InvoiceKit kit) throws SQLException {
        TestDatabase database = kit.rateCard.database;
        try (java.sql.Connection connection = database.directConnection(); Statement read = connection.createStatement();
             ResultSet found = read.executeQuery("SELECT COUNT(*), COUNT(\"" + LedgerEntity.VALUE_MINOR + "\") FROM "
                     + database.qualifiedTable(LedgerEntity.class) + " WHERE \"" + LedgerEntity.INVOICED + "\" = TRUE AND \""
                     + LedgerEntity.DELETED_MILLIS + "\" IS NULL")) {
            found.next();
            return List.of(found.getLong(1), found.getLong(2));
        }
    }

    /** Two invoices: the second bills new work and the adjustment of work Jira changed after the first; issued with a request key. */
    private static void invoiceTwiceWithAnAdjustmentAndARequestKey(InvoiceKit kit) {
        for (long worklog = 1; worklog <= 6; worklog++) {
            kit.log(worklog, 1 + worklog % 3, "2026-10-0" + worklog + "T09:00:00Z", 900 * worklog);
        }
        kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, new java.math.BigDecimal("1.1"), "fiona");
        kit.log(2, 3, "2026-10-02T09:00:00Z", 5400, Instant.parse("2026-11-10T10:00:00Z"));
        kit.log(7, 4, "2026-11-03T09:00:00Z", 3600);
        long next = kit.draft("2026-11-01", "2026-11-30").id();
        RepeatableRequests requests = kit.rateCard.app.bean(RepeatableRequests.class);
        requests.once("fiona", "key-1", "issue " + next, receipt -> kit.issuing.issue(next, ISSUE_DAY, null, "fiona", receipt));
    }

    @Test
    public void failureLateInTheIssue_shouldLeaveNothingWrittenAndTheNumberUnused() throws Exception {
        InvoiceKit kit = kit(TestDatabase.NAMESPACE);
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.log(2, 2, "2026-10-06T09:00:00Z", 1800);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");
        Map<Class<?>, List<List<Object>>> before = issuingRows(kit);
        kit.failNextIssuingStatement.set(sql -> sql.startsWith("INSERT INTO") && sql.contains("RC_AUDIT"));

        assertThrows(IllegalStateException.class, () -> kit.issuing.issue(draft.id(), ISSUE_DAY, null, "fiona"));

        Map<Class<?>, List<List<Object>>> after = issuingRows(kit);
        assertEquals(List.of(List.of(1L, "ACME|INVOICE|2026")), after.remove(SequenceEntity.class)); // prepared, no number taken
        before.remove(SequenceEntity.class);
        assertEquals(before, after);
        assertEquals(InvoiceStatus.DRAFT, kit.invoices.require(draft.id()).status());
        assertEquals("ACME-2026-0001", kit.issuing.issue(draft.id(), ISSUE_DAY, null, "fiona").number().orElseThrow());
        assertEquals(2, kit.invoiced.count(draft.id()));
    }

    @Test
    public void overlappingDraftsIssuedAtOnce_shouldBillEachWorklogOnceAndUseNoNumberForTheRefusedOne() throws Exception {
        InvoiceKit kit = kit(TestDatabase.NAMESPACE);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 4; round++) {
                String day = "2026-10-0" + round;
                for (long worklog = 10L * round; worklog < 10L * round + 5; worklog++) {
                    kit.log(worklog, 1 + worklog % 20, day + "T09:00:00Z", 3600);
                }
                long month = kit.draft("2026-10-01", "2026-10-31").id();
                long oneDay = kit.draft(day, day).id();

                // issued in different years, so from different sequences: they meet on the worklogs, not on a number
                List<Object> outcomes = atOnce(requests, () -> kit.issuing.issue(month, LocalDate.parse("2026-12-01"), null, "fiona"),
                        () -> kit.issuing.issue(oneDay, LocalDate.parse("2027-01-04"), null, "fiona"));

                assertEquals(outcomes.toString(), 1, outcomes.stream().filter(Invoice.class::isInstance).count());
                // refused as billed meanwhile (409), or, had the other committed before this one read the work, as nothing to invoice (400)
                assertEquals(outcomes.toString(), 1, outcomes.stream().filter(outcome -> outcome instanceof ConflictException
                        || outcome instanceof io.github.ratecard.domain.InvalidInputException).count());
            }
        } finally {
            requests.shutdownNow();
        }
        List<List<Object>> links = rows(kit, InvoicedWorkEntity.class);
        assertEquals(20, links.size());
        List<String> numbers = new ArrayList<>();
        rows(kit, InvoiceNumberEntity.class).forEach(row -> row.stream().filter(value -> value instanceof String text && text.startsWith("ACME-"))
                .forEach(number -> numbers.add((String) number)));
        assertEquals(4, numbers.size());
        List<String> gapFree = new ArrayList<>();
        long in2026 = numbers.stream().filter(number -> number.contains("-2026-")).count();
        for (int i = 1; i <= in2026; i++) {
            gapFree.add(String.format("ACME-2026-%04d", i));
        }
        for (int i = 1; i <= 4 - in2026; i++) {
            gapFree.add(String.format("ACME-2027-%04d", i));
        }
        assertEquals(gapFree, numbers.stream().sorted().toList());
    }

    @Test
    public void pendingAdjustmentBilledByAnotherDraftWhileIssuing_shouldIssueWithoutIt() {
        InvoiceKit kit = withAPendingAdjustment(kit(TestDatabase.NAMESPACE));
        kit.log(3, 3, "2026-10-20T09:00:00Z", 3600);
        long firstHalf = kit.draft("2026-10-01", "2026-10-15").id();
        long secondHalf = kit.draft("2026-10-16", "2026-10-31").id();
        List<Invoice> issuedMeanwhile = new ArrayList<>();
        // the other draft, issued from another sequence, bills the adjustment after this issue composed its lines
        kit.beforeNextIssuingStatement.set(Map.entry(sql -> sql.startsWith("UPDATE") && sql.contains("RC_INV_ADJ"),
                () -> issuedMeanwhile.add(kit.issuing.issue(secondHalf, LocalDate.parse("2027-01-04"), null, "fiona"))));

        Invoice issued = kit.issuing.issue(firstHalf, LocalDate.parse("2026-10-31"), null, "fiona");

        assertEquals(1, issuedMeanwhile.size());
        assertEquals(List.of(1L), adjustedWorklogs(issuedMeanwhile.get(0)));
        assertEquals(List.of(), adjustedWorklogs(issued));
        assertEquals(1, kit.invoiced.count(firstHalf));
        assertEquals("ACME-2026-0002", issued.number().orElseThrow());
    }

    @Test
    public void pendingAdjustmentBilledByAnotherDraftWhileIssuingThroughTheStores_shouldIssueWithoutIt() throws Exception {
        InvoiceKit kit = withAPendingAdjustment(kit("io.github.ratecard.elsewhere"));
        kit.log(3, 3, "2026-10-20T09:00:00Z", 3600);
        long firstHalf = kit.draft("2026-10-01", "2026-10-15").id();
        long secondHalf = kit.draft("2026-10-16", "2026-10-31").id();
        ExecutorService otherRequest = Executors.newSingleThreadExecutor();
        List<Invoice> issuedMeanwhile = new ArrayList<>();
        // the other draft, issued from another sequence in a transaction of its own, bills the adjustment after this issue composed its lines
        kit.beforeNextMarkInvoiced.set(() -> issuedMeanwhile.add(meanwhile(otherRequest,
                () -> kit.issuing.issue(secondHalf, LocalDate.parse("2027-01-04"), null, "fiona"))));

        Invoice issued;
        try {
            issued = kit.issuing.issue(firstHalf, LocalDate.parse("2026-10-31"), null, "fiona");
        } finally {
            otherRequest.shutdownNow();
        }

        assertFalse(kit.issuingStatements.stream().anyMatch(sql -> sql.startsWith("UPDATE")));
        assertEquals(1, issuedMeanwhile.size());
        assertEquals(List.of(1L), adjustedWorklogs(issuedMeanwhile.get(0)));
        assertEquals(List.of(), adjustedWorklogs(issued));
        assertEquals(1, kit.invoiced.count(firstHalf));
        assertEquals("ACME-2026-0002", issued.number().orElseThrow());
        assertEquals("billed once, by the other invoice", List.of(secondHalf), billedOn(kit, 1));
    }

    @Test
    public void adjustmentChangedByJiraWhileIssuingThroughTheStores_shouldBillItsNewFigures() throws Exception {
        InvoiceKit kit = withAPendingAdjustment(kit("io.github.ratecard.elsewhere"));
        long october = kit.draft("2026-10-01", "2026-10-31").id();
        ExecutorService jira = Executors.newSingleThreadExecutor();
        // Jira's edit of the worklog, committed after this issue composed the adjustment line of +30 minutes
        kit.beforeNextMarkInvoiced.set(() -> meanwhile(jira, () -> {
            kit.log(1, 1, "2026-09-03T09:00:00Z", 7200, Instant.parse("2026-10-30T10:00:00Z"));
            return null;
        }));

        Invoice issued;
        try {
            issued = kit.issuing.issue(october, LocalDate.parse("2026-10-31"), null, "fiona");
        } finally {
            jira.shutdownNow();
        }

        assertEquals(List.of(1L), adjustedWorklogs(issued));
        assertEquals("the hour Jira's edit added, not the half hour first composed", 3600L,
                issued.lines().stream().filter(line -> line.adjusts().isPresent()).findFirst().orElseThrow().seconds());
        assertEquals(List.of(october), billedOn(kit, 1));
    }

    /** Runs {@code request} on another thread, in a transaction of its own, and waits for it. */
    private static <T> T meanwhile(ExecutorService thread, Supplier<T> request) {
        try {
            return thread.submit(request::get).get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The invoices that billed the worklog's adjustments. */
    private static List<Long> billedOn(InvoiceKit kit, long worklogId) throws SQLException {
        TestDatabase database = kit.rateCard.database;
        List<Long> invoices = new ArrayList<>();
        try (java.sql.Connection connection = database.directConnection(); Statement read = connection.createStatement();
             ResultSet found = read.executeQuery("SELECT \"" + AdjustmentEntity.BILLED_ON + "\" FROM " + database.qualifiedTable(AdjustmentEntity.class)
                     + " WHERE \"" + AdjustmentEntity.WORKLOG_ID + "\" = " + worklogId + " AND \"" + AdjustmentEntity.STATE + "\" = 'BILLED'")) {
            while (found.next()) {
                invoices.add(found.getLong(1));
            }
        }
        return invoices;
    }

    private static List<Long> adjustedWorklogs(Invoice invoice) {
        return invoice.lines().stream().flatMap(line -> line.adjusts().stream()).map(adjusted -> adjusted.worklogId()).toList();
    }

    private static List<Object> atOnce(ExecutorService requests, Supplier<Invoice> first, Supplier<Invoice> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> pending = new ArrayList<>();
        for (Supplier<Invoice> issue : List.of(first, second)) {
            pending.add(requests.submit(() -> {
                start.await();
                try {
                    return issue.get();
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> outcome : pending) {
            outcomes.add(outcome.get());
        }
        return outcomes;
    }

    @Test
    public void tablesNotFound_shouldLeaveIssuingToTheStoresWithOneWarning() {
        InvoiceKit kit = kit(TestDatabase.NAMESPACE);
        List<String> warnings = new ArrayList<>();
        JdbcIssueWriter writer = new JdbcIssueWriter(new TestTransactionalExecutors(kit.rateCard.database), "io.github.ratecard.elsewhere",
                kit.rateCard.audit, java.time.Clock.systemUTC(), warnings::add);

        assertFalse(writer.available());
        assertFalse(writer.available());

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0), warnings.get(0).contains(AoTable.expectedName("io.github.ratecard.elsewhere", InvoiceEntity.class)));
    }

    private static Map<Class<?>, List<List<Object>>> issuingRows(InvoiceKit kit) throws SQLException {
        Map<Class<?>, List<List<Object>>> rows = new java.util.LinkedHashMap<>();
        for (Class<? extends RawEntity<?>> table : ISSUING_TABLES) {
            rows.put(table, rows(kit, table));
        }
        return rows;
    }

    /** The table's rows but their generated ids, column by column in name order, sorted. */
    private static List<List<Object>> rows(InvoiceKit kit, Class<? extends RawEntity<?>> table) throws SQLException {
        TestDatabase database = kit.rateCard.database;
        List<List<Object>> rows = new ArrayList<>();
        try (java.sql.Connection connection = database.directConnection(); Statement read = connection.createStatement();
             ResultSet found = read.executeQuery("SELECT * FROM " + database.qualifiedTable(table))) {
            ResultSetMetaData columns = found.getMetaData();
            while (found.next()) {
                TreeMap<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    if (!columns.getColumnName(i).equalsIgnoreCase("ID")) {
                        row.put(columns.getColumnName(i).toUpperCase(java.util.Locale.ROOT), JdbcRows.value(found, i));
                    }
                }
                rows.add(new ArrayList<>(row.values()));
            }
        }
        rows.sort(java.util.Comparator.comparing(Object::toString));
        return rows;
    }

    /**
     * September's hour on worklog 1 invoiced, then that worklog edited to 1.5 hours in October (an adjustment of +30 minutes
     * pending), and an hour of October work on worklog 2.
     */
    private static InvoiceKit withAPendingAdjustment(InvoiceKit kit) {
        kit.log(1, 1, "2026-09-03T09:00:00Z", 3600);
        kit.issuing.issue(kit.draft("2026-09-01", "2026-09-30").id(), LocalDate.parse("2026-10-01"), null, "fiona");
        kit.log(1, 1, "2026-09-03T09:00:00Z", 5400, Instant.parse("2026-10-02T10:00:00Z"));
        kit.log(2, 2, "2026-10-04T09:00:00Z", 3600);
        return kit;
    }
}
