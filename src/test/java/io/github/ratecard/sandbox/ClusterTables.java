package io.github.ratecard.sandbox;

import io.github.ratecard.sandbox.model.SbMail;
import io.github.ratecard.sandbox.model.SbWorklog;
import io.github.ratecard.store.InvoiceEntity;
import io.github.ratecard.store.InvoicedWorkEntity;
import io.github.ratecard.store.JobEntity;
import io.github.ratecard.store.LedgerEntity;
import io.github.ratecard.store.PendingChangeEntity;
import io.github.ratecard.store.RetryEntity;
import io.github.ratecard.store.RollupEntity;
import io.github.ratecard.testing.ao.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The shared tables of a simulated cluster, read with plain SQL: what the cluster test checks,
 * computed from the rows themselves rather than through the app.
 */
final class ClusterTables {

    private final TestDatabase database;

    ClusterTables(TestDatabase database) {
        this.database = database;
    }

    long worklogs() {
        return count("SELECT COUNT(*) FROM " + table(SbWorklog.class));
    }

    long lastWorklogId() {
        return count("SELECT COALESCE(MAX(" + q(SbWorklog.ID) + "), 0) FROM " + table(SbWorklog.class));
    }

    long liveLedgerRows() {
        return count("SELECT COUNT(*) FROM " + table(LedgerEntity.class) + " WHERE " + q(LedgerEntity.DELETED_MILLIS) + " IS NULL");
    }

    long openJobs() {
        return count("SELECT COUNT(*) FROM " + table(JobEntity.class) + " WHERE " + q(JobEntity.STATE) + " = 'RUNNING'");
    }

    long retries() {
        return count("SELECT COUNT(*) FROM " + table(RetryEntity.class));
    }

    long backfillPosition() {
        String jobs = table(JobEntity.class);
        return count("SELECT COALESCE(MAX(" + q(JobEntity.POSITION) + "), 0) FROM " + jobs + " WHERE " + q(JobEntity.ID)
                + " = (SELECT MAX(" + q(JobEntity.ID) + ") FROM " + jobs + " WHERE " + q(JobEntity.KIND) + " = 'BACKFILL')");
    }

    /**
     * Worklogs with no live ledger entry, or whose entry has another time than the worklog's latest
     * (but an invoiced entry keeps the time it was billed with: a later change is an adjustment; and an entry of approved or
     * closed time keeps its figures while Jira's change waits as an open pending change, as the demo's September edit does).
     */
    List<String> worklogsWithoutTheirLedgerEntry() {
        return strings("SELECT 'worklog ' || w." + q(SbWorklog.ID) + " || ': ' || w." + q(SbWorklog.TIME_SPENT) + " || ' s, ledger '"
                + " || COALESCE(CAST(l." + q(LedgerEntity.WORKED_SECONDS) + " AS VARCHAR), 'none')"
                + " FROM " + table(SbWorklog.class) + " w LEFT JOIN " + table(LedgerEntity.class) + " l ON l." + q(LedgerEntity.WORKLOG_ID)
                + " = w." + q(SbWorklog.ID) + " AND l." + q(LedgerEntity.DELETED_MILLIS) + " IS NULL"
                + " WHERE (l." + q(LedgerEntity.ID) + " IS NULL OR l." + q(LedgerEntity.WORKED_SECONDS) + " <> w." + q(SbWorklog.TIME_SPENT)
                + " AND l." + q(LedgerEntity.INVOICED) + " = FALSE) AND NOT EXISTS (SELECT 1 FROM " + table(PendingChangeEntity.class) + " p"
                + " WHERE p." + q(PendingChangeEntity.WORKLOG_ID) + " = w." + q(SbWorklog.ID) + " AND p." + q(PendingChangeEntity.STATUS)
                + " = 'OPEN')");
    }

    /**
     * Every rollup group's figures (worked and billed seconds, cost, bill, entries, billable seconds,
     * value and entries without a value) summed over
     * the live ledger entries: by project, author, account, currency and month; by project,
     * account, currency and day; by account, currency and month; by account, currency and day; by author, currency and
     * month.
     */
    Map<String, String> freshAggregate() {
        Map<String, long[]> groups = new TreeMap<>();
        query("SELECT " + String.join(", ", q(LedgerEntity.PROJECT_ID), q(LedgerEntity.AUTHOR_KEY), q(LedgerEntity.ACCOUNT_KEY),
                q(LedgerEntity.BILL_CURRENCY), q(LedgerEntity.WORK_DAY), q(LedgerEntity.WORKED_SECONDS), q(LedgerEntity.BILLED_SECONDS),
                q(LedgerEntity.COST_MINOR), q(LedgerEntity.BILL_MINOR), q(LedgerEntity.BILLABLE), q(LedgerEntity.VALUE_MINOR))
                + " FROM " + table(LedgerEntity.class)
                + " WHERE " + q(LedgerEntity.DELETED_MILLIS) + " IS NULL", rows -> {
                    long project = rows.getLong(1);
                    String author = rows.getString(2);
                    String account = rows.getString(3);
                    String currency = rows.getString(4);
                    LocalDate day = LocalDate.ofEpochDay(rows.getLong(5));
                    long billable = rows.getBoolean(10) ? rows.getLong(6) : 0;
                    long value = rows.getLong(11);
                    long unvalued = rows.wasNull() ? 1 : 0;
                    long[] figures = {rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), 1, billable, value, unvalued};
                    int month = day.getYear() * 100 + day.getMonthValue();
                    add(groups, key("PROJECT", project, author, account, currency, month, null), figures);
                    add(groups, key("PROJECT_DAY", project, null, account, currency, month, day.toEpochDay()), figures);
                    if (account != null) {
                        add(groups, key("ACCOUNT", null, null, account, currency, month, null), figures);
                        add(groups, key("ACCOUNT_DAY", null, null, account, currency, month, day.toEpochDay()), figures);
                    }
                    add(groups, key("PERSON", null, author, null, currency, month, null), figures);
                });
        return figures(groups);
    }

    /** The groups whose rollup figures are not the fresh aggregate's: {@code group: ledger [..], rollups [..]}. */
    List<String> rollupsUnlikeAFreshAggregate() {
        Map<String, String> fresh = freshAggregate();
        Map<String, String> rolled = rollups();
        java.util.Set<String> groups = new java.util.TreeSet<>(fresh.keySet());
        groups.addAll(rolled.keySet());
        List<String> unlike = new ArrayList<>();
        for (String group : groups) {
            if (!Objects.equals(fresh.get(group), rolled.get(group))) {
                unlike.add(group + ": ledger " + fresh.get(group) + ", rollups " + rolled.get(group));
            }
        }
        return unlike;
    }

    /** The rollup groups as the rollup table holds them (the sums of their rows), without groups that sum to nothing. */
    Map<String, String> rollups() {
        Map<String, long[]> groups = new TreeMap<>();
        query("SELECT " + String.join(", ", q(RollupEntity.KIND), q(RollupEntity.PROJECT_ID), q(RollupEntity.USER_KEY),
                q(RollupEntity.ACCOUNT_KEY), q(RollupEntity.CURRENCY), q(RollupEntity.PERIOD_MONTH), q(RollupEntity.PERIOD_DAY),
                q(RollupEntity.WORKED_SECONDS), q(RollupEntity.BILLED_SECONDS), q(RollupEntity.COST_MINOR), q(RollupEntity.BILL_MINOR),
                q(RollupEntity.ENTRIES), q(RollupEntity.BILLABLE_SECONDS), q(RollupEntity.VALUE_MINOR), q(RollupEntity.UNVALUED))
                + " FROM " + table(RollupEntity.class), rows -> {
                    long project = rows.getLong(2);
                    Long projectId = rows.wasNull() ? null : project;
                    long day = rows.getLong(7);
                    Long dayOrNull = rows.wasNull() ? null : day;
                    add(groups, key(rows.getString(1), projectId, rows.getString(3), rows.getString(4), rows.getString(5), rows.getInt(6),
                            dayOrNull), new long[] {rows.getLong(8), rows.getLong(9), rows.getLong(10), rows.getLong(11), rows.getLong(12),
                            rows.getLong(13), rows.getLong(14), rows.getLong(15)});
                });
        groups.values().removeIf(figures -> java.util.Arrays.stream(figures).allMatch(value -> value == 0));
        return figures(groups);
    }

    /** The numbers given to invoices and credit notes, by sequence (the number without its last part), each in order. */
    Map<String, List<Integer>> invoiceNumbersBySequence() {
        Map<String, List<Integer>> sequences = new TreeMap<>();
        for (String number : strings("SELECT " + q(InvoiceEntity.NUMBER) + " FROM " + table(InvoiceEntity.class)
                + " WHERE " + q(InvoiceEntity.NUMBER) + " IS NOT NULL")) {
            int cut = number.lastIndexOf('-');
            sequences.computeIfAbsent(number.substring(0, cut), sequence -> new ArrayList<>()).add(Integer.parseInt(number.substring(cut + 1)));
        }
        sequences.values().forEach(Collections::sort);
        return sequences;
    }

    /** Worklogs billed by more than one issued invoice. */
    List<String> worklogsOnTwoInvoices() {
        return strings("SELECT CAST(w." + q(InvoicedWorkEntity.WORKLOG_ID) + " AS VARCHAR) FROM " + table(InvoicedWorkEntity.class) + " w"
                + " JOIN " + table(InvoiceEntity.class) + " i ON i." + q("ID") + " = w." + q(InvoicedWorkEntity.INVOICE_ID)
                + " WHERE i." + q(InvoiceEntity.STATUS) + " = 'ISSUED' AND i." + q(InvoiceEntity.KIND) + " = 'INVOICE'"
                + " GROUP BY w." + q(InvoicedWorkEntity.WORKLOG_ID) + " HAVING COUNT(*) > 1");
    }

    /**
     * The author's live, not invoiced entries from the first of {@code rateFrom}'s days on whose
     * cost rate is not the one that applies on their day (the rate from the latest day on or before it).
     */
    List<String> entriesNotOnTheirRate(String author, Map<LocalDate, Long> rateFrom) {
        TreeMap<LocalDate, Long> rates = new TreeMap<>(rateFrom);
        List<String> wrong = new ArrayList<>();
        query("SELECT " + q(LedgerEntity.WORKLOG_ID) + ", " + q(LedgerEntity.WORK_DAY) + ", " + q(LedgerEntity.COST_RATE_ID)
                + " FROM " + table(LedgerEntity.class) + " WHERE " + q(LedgerEntity.AUTHOR_KEY) + " = '" + author + "' AND "
                + q(LedgerEntity.DELETED_MILLIS) + " IS NULL AND " + q(LedgerEntity.INVOICED) + " = FALSE AND " + q(LedgerEntity.WORK_DAY)
                + " >= " + rates.firstKey().toEpochDay(), rows -> {
                    LocalDate day = LocalDate.ofEpochDay(rows.getLong(2));
                    Long expected = rates.floorEntry(day).getValue();
                    long rate = rows.getLong(3);
                    if (rows.wasNull() || !Objects.equals(expected, rate)) {
                        wrong.add("worklog " + rows.getLong(1) + " of " + day + ": rate " + (rows.wasNull() ? "none" : rate) + ", not " + expected);
                    }
                });
        return wrong;
    }

    record Backfill(String state, long position, long done, long skipped) {
    }

    List<Backfill> backfills() {
        List<Backfill> found = new ArrayList<>();
        query("SELECT " + String.join(", ", q(JobEntity.STATE), q(JobEntity.POSITION), q(JobEntity.DONE_COUNT), q(JobEntity.SKIPPED))
                + " FROM " + table(JobEntity.class) + " WHERE " + q(JobEntity.KIND) + " = 'BACKFILL' ORDER BY " + q(JobEntity.ID),
                rows -> found.add(new Backfill(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4))));
        return found;
    }

    /** The subjects of the alert e-mails about the issue's budget. */
    List<String> alertMails(String issueKey) {
        return strings("SELECT DISTINCT " + q(SbMail.SUBJECT) + " FROM " + table(SbMail.class) + " WHERE " + q(SbMail.SUBJECT)
                + " LIKE '%] " + issueKey + " reached %' ORDER BY 1");
    }

    /** E-mails queued more than once for the same recipient with the same subject and text. */
    List<String> mailsSentTwice() {
        return strings("SELECT " + q(SbMail.RECIPIENT) + " || ': ' || " + q(SbMail.SUBJECT) + " FROM " + table(SbMail.class)
                + " GROUP BY " + q(SbMail.RECIPIENT) + ", " + q(SbMail.SUBJECT) + ", " + q(SbMail.BODY) + " HAVING COUNT(*) > 1");
    }

    private static String key(String kind, Long project, String user, String account, String currency, int month, Long day) {
        return String.join("/", kind, String.valueOf(project), String.valueOf(user), String.valueOf(account), String.valueOf(currency),
                String.valueOf(month), String.valueOf(day));
    }

    private static void add(Map<String, long[]> groups, String key, long[] figures) {
        long[] sum = groups.computeIfAbsent(key, k -> new long[figures.length]);
        for (int i = 0; i < figures.length; i++) {
            sum[i] += figures[i];
        }
    }

    private static Map<String, String> figures(Map<String, long[]> groups) {
        Map<String, String> shown = new TreeMap<>();
        groups.forEach((key, figures) -> shown.put(key, java.util.Arrays.toString(figures)));
        return shown;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader) {
        try (Connection connection = database.connection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long count(String sql) {
        long[] value = new long[1];
        query(sql, row -> value[0] = row.getLong(1));
        return value[0];
    }

    private List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        query(sql, row -> values.add(row.getString(1)));
        return values;
    }

    private String table(Class<? extends net.java.ao.RawEntity<?>> entity) {
        return database.qualifiedTable(entity);
    }

    private String q(String column) {
        return database.quoteColumn(column);
    }
}
