package io.github.ratecard.store;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.money.MoneyRounding;
import io.github.ratecard.rates.HourlyRate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link LedgerValueFill}'s work, with the same outcome, as set-based SQL on JDBC connections of SAL's executor, each
 * transaction one the app owns ({@code requiresNew}) and commits. Entries are valued by one UPDATE per window of row ids
 * (per divisor of the currencies' minor digits), which computes in the database what {@link HourlyRate#priceFor} computes:
 * {@code (amount × seconds + d/2) / d} with {@code d = 3600 × 10^(4 − digits)}, half-up, away from zero for negative time;
 * exact in 64-bit integers because it is applied only to rates of at most {@value #MAX_AMOUNT_E4} ten-thousandths and to at
 * most {@value #MAX_SECONDS} seconds. What the UPDATE leaves in a window is read back and valued or reported one by one
 * in Java, as the Active Objects path does. Then the rollup groups are corrected from the ledger's sums per group and day
 * and the rollups' sums of the rows that count anything of version 3, read as aggregates (all projects in one pass ordered
 * by project, then one account at a time), each project's or account's differences added as rows in one JDBC batch and
 * one transaction. A run cut short is finished by the next, a second run changes nothing. The table names are checked in the catalogue first; when one is not as expected, {@link #run} says why
 * and writes nothing.
 */
public final class JdbcLedgerValueFill {

    static final long MAX_AMOUNT_E4 = 10_000_000_000L;
    static final long MAX_SECONDS = 900_000_000L;
    static final List<String> LEDGER_COLUMNS = List.of("ID", "PROJECT_ID", "AUTHOR_KEY", "WORK_DAY", "WORKED_SECONDS", "BILLABLE",
            "ACCOUNT_KEY", "COST_MINOR", "COST_CURRENCY", "BILL_MINOR", "BILL_CURRENCY", "VALUE_MINOR", "BILL_RATE_ID", "STATUS", "DELETED_MILLIS");
    static final List<String> ROLLUP_COLUMNS = List.of("KIND", "PROJECT_ID", "USER_KEY", "ACCOUNT_KEY", "CURRENCY", "PERIOD_MONTH",
            "PERIOD_DAY", "WORKED_SECONDS", "BILLED_SECONDS", "COST_MINOR", "BILL_MINOR", "ENTRIES", "UNPRICED", "BILLABLE_SECONDS",
            "VALUE_MINOR", "UNVALUED");
    private static final int FETCH = 1000;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000, 10_000};

    private final TransactionalExecutorFactory executors;
    private final String namespace;
    private final long window;

    /** {@code namespace}: the {@code <ao>} module's; {@code window}: the row ids valued in one transaction. */
    public JdbcLedgerValueFill(TransactionalExecutorFactory executors, String namespace, long window) {
        if (window < 1) {
            throw new IllegalArgumentException("A window holds at least one id, was " + window);
        }
        this.executors = executors;
        this.namespace = namespace;
        this.window = window;
    }

    /** The run's outcome, or (nothing written) why the tables are not as this version expects. */
    public record Result(Optional<LedgerValueFill.Outcome> outcome, String notRun) {
    }

    /** Both steps; {@code skipped} hears of each entry left without a value and why. Throws what the database throws. */
    public Result run(ItemFailures skipped) {
        Optional<Tables> found = inTransaction(this::tables);
        if (found.isEmpty()) {
            return new Result(Optional.empty(), inTransaction(this::missing));
        }
        Tables tables = found.get();
        if (inTransaction(connection -> isEmpty(connection, tables.ledger()) && isEmpty(connection, tables.rollup()))) {
            return new Result(Optional.of(new LedgerValueFill.Outcome(0, 0, 0, 0)), "");
        }
        if (tables.rate().isEmpty()) {
            return new Result(Optional.empty(), inTransaction(this::missing));
        }
        Readable readable = inTransaction(connection -> Readable.of(connection, tables.ledger()));
        long[] values = valueEntries(tables, readable, skipped);
        long unreadable = inTransaction(connection -> reportUnreadable(connection, tables.ledger(), readable, skipped));
        long groups = correctProjects(tables, readable);
        for (Object account : inTransaction(connection -> distinct(connection, tables, "ACCOUNT_KEY"))) {
            groups += inTransaction(connection -> correct(connection, tables, readable, LedgerValueFill.Scope.account((String) account)));
        }
        return new Result(Optional.of(new LedgerValueFill.Outcome(values[0], values[1], unreadable, groups)), "");
    }

    /** The ledger's and the rollups' tables, and the rates' (which a new database has only after the upgrade tasks). */
    private record Tables(AoTable ledger, AoTable rollup, Optional<AoTable> rate) {
    }

    private Optional<Tables> tables(Connection connection) throws SQLException {
        Optional<AoTable> ledger = AoTable.find(connection, namespace, LedgerEntityModel3.class, LEDGER_COLUMNS).table();
        Optional<AoTable> rollup = AoTable.find(connection, namespace, RollupEntityModel3.class, ROLLUP_COLUMNS).table();
        Optional<AoTable> rate = AoTable.find(connection, namespace, RateEntity.class, List.of("ID", "AMOUNT_E4", "CURRENCY")).table();
        if (ledger.isEmpty() || rollup.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Tables(ledger.get(), rollup.get(), rate));
    }

    private static boolean isEmpty(Connection connection, AoTable table) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT MIN(" + table.key() + ") FROM " + table.name());
             ResultSet row = read.executeQuery()) {
            row.next();
            return row.getObject(1) == null;
        }
    }

    private String missing(Connection connection) throws SQLException {
        List<String> reasons = new ArrayList<>();
        reasons.add(AoTable.find(connection, namespace, LedgerEntityModel3.class, LEDGER_COLUMNS).reason());
        reasons.add(AoTable.find(connection, namespace, RollupEntityModel3.class, ROLLUP_COLUMNS).reason());
        reasons.add(AoTable.find(connection, namespace, RateEntity.class, List.of("ID", "AMOUNT_E4", "CURRENCY")).reason());
        reasons.removeIf(String::isEmpty);
        return String.join("; ", reasons);
    }

    private long[] valueEntries(Tables tables, Readable readable, ItemFailures skipped) {
        long[] range = inTransaction(connection -> idRange(connection, tables.ledger()));
        Map<Long, List<String>> byDivisor = inTransaction(connection -> currenciesByDivisor(connection, tables.rate().orElseThrow()));
        long valued = 0;
        long withoutRate = 0;
        for (long from = range[0]; from < range[1]; from += Math.min(window, range[1] - from)) {
            long after = from;
            long to = Math.min(range[1], from + window);
            long[] done = inTransaction(connection -> valueWindow(connection, tables, readable, byDivisor, after, to, skipped));
            valued += done[0];
            withoutRate += done[1];
        }
        return new long[] {valued, withoutRate};
    }

    /** The ledger's row ids as a half-open range of windows: (lowest − 1, highest]. */
    private static long[] idRange(Connection connection, AoTable ledger) throws SQLException {
        String id = ledger.column("ID");
        try (PreparedStatement read = connection.prepareStatement("SELECT MIN(" + id + "), MAX(" + id + ") FROM " + ledger.name());
             ResultSet row = read.executeQuery()) {
            row.next();
            return row.getObject(1) == null ? new long[] {0, 0} : new long[] {row.getLong(1) - 1, row.getLong(2)};
        }
    }

    /** The rate table's currencies whose prices the SQL can compute, by divisor ({@code 3600 × 10^(4 − digits)}). */
    private static Map<Long, List<String>> currenciesByDivisor(Connection connection, AoTable rate) throws SQLException {
        Map<Long, List<String>> byDivisor = new TreeMap<>();
        String currency = rate.column("CURRENCY");
        try (PreparedStatement read = connection.prepareStatement("SELECT DISTINCT " + currency + " FROM " + rate.name()
                + " WHERE " + currency + " IS NOT NULL");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString(1);
                if (code.matches("[A-Z]{3}") && LedgerValueFill.isCurrency(code)) {
                    int digits = Currency.getInstance(code).getDefaultFractionDigits();
                    if (digits >= 0 && digits <= HourlyRate.MAX_SCALE) {
                        byDivisor.computeIfAbsent(3600 * POWERS_OF_TEN[HourlyRate.MAX_SCALE - digits], d -> new ArrayList<>()).add(code);
                    }
                }
            }
        }
        return byDivisor;
    }

    /** Values the window's entries: {valued, left without a value}. */
    private static long[] valueWindow(Connection connection, Tables tables, Readable readable, Map<Long, List<String>> byDivisor, long after,
                                      long to, ItemFailures skipped) throws SQLException {
        AoTable ledger = tables.ledger();
        AoTable rates = tables.rate().orElseThrow();
        String rate = rates.name();
        String seconds = ledger.column("WORKED_SECONDS");
        String amount = "r." + rates.column("AMOUNT_E4");
        String rateId = "r." + rates.column("ID");
        String rateCurrency = "r." + rates.column("CURRENCY");
        long valued = 0;
        for (Map.Entry<Long, List<String>> divisor : byDivisor.entrySet()) {
            long d = divisor.getKey();
            String codes = "'" + String.join("', '", divisor.getValue()) + "'";
            String price = "CASE WHEN " + seconds + " >= 0 THEN (" + amount + " * " + seconds + " + " + d / 2 + ") / " + d
                    + " ELSE -((" + amount + " * -" + seconds + " + " + d / 2 + ") / " + d + ") END";
            String sql = "UPDATE " + ledger.name() + " SET " + ledger.column("VALUE_MINOR") + " = (SELECT " + price + " FROM " + rate + " r WHERE "
                    + rateId + " = " + ledger.column("BILL_RATE_ID") + ") WHERE " + candidates(ledger, ledger.column("ID")) + " AND " + readable.condition()
                    + " AND " + seconds + " BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM " + rate + " r WHERE " + rateId + " = "
                    + ledger.column("BILL_RATE_ID") + " AND " + rateCurrency + " = " + ledger.column("BILL_CURRENCY") + " AND " + amount
                    + " BETWEEN 1 AND " + MAX_AMOUNT_E4 + " AND " + rateCurrency + " IN (" + codes + "))";
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int index = 1;
                update.setLong(index++, after);
                update.setLong(index++, to);
                index = readable.bind(update, index);
                update.setLong(index++, -MAX_SECONDS);
                update.setLong(index, MAX_SECONDS);
                valued += update.executeUpdate();
            }
        }
        long[] rest = valueOneByOne(connection, tables, readable, after, to, skipped);
        return new long[] {valued + rest[0], rest[1]};
    }

    /** The window's entries the UPDATE left, as the Active Objects path values or reports them. */
    private static long[] valueOneByOne(Connection connection, Tables tables, Readable readable, long after, long to, ItemFailures skipped) throws SQLException {
        AoTable ledger = tables.ledger();
        AoTable rate = tables.rate().orElseThrow();
        String l = ledger.name();
        String sql = "SELECT l." + ledger.column("ID") + ", " + ledger.column("BILL_RATE_ID") + ", " + ledger.column("BILL_CURRENCY")
                + ", " + ledger.column("WORKED_SECONDS") + ", r." + rate.column("ID") + ", r." + rate.column("AMOUNT_E4") + ", r."
                + rate.column("CURRENCY") + " FROM " + l + " l LEFT JOIN " + rate.name() + " r ON r." + rate.column("ID") + " = "
                + ledger.column("BILL_RATE_ID") + " WHERE " + candidates(ledger, "l." + ledger.column("ID")) + " AND " + readable.condition();
        Map<Long, Long> found = new TreeMap<>();
        long withoutRate = 0;
        try (PreparedStatement read = connection.prepareStatement(sql)) {
            int index = 1;
            read.setLong(index++, after);
            read.setLong(index++, to);
            readable.bind(read, index);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    long billRate = row.getLong(2);
                    String billCurrency = row.getString(3);
                    String without = row.getObject(5) == null ? "its bill rate " + billRate + " is gone"
                            : row.getString(7).equals(billCurrency) ? null
                            : "its bill rate " + billRate + " is in " + row.getString(7) + ", its bill in " + billCurrency;
                    if (without != null) {
                        skipped.failed("ledger row " + id, new IllegalStateException(without));
                        withoutRate++;
                    } else {
                        found.put(id, HourlyRate.ofTenThousandths(row.getLong(6), Currency.getInstance(row.getString(7))).priceFor(row.getLong(4))
                                .minorUnits());
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + l + " SET " + ledger.column("VALUE_MINOR") + " = ? WHERE "
                    + ledger.column("ID") + " = ?")) {
                for (Map.Entry<Long, Long> value : found.entrySet()) {
                    update.setLong(1, value.getValue());
                    update.setLong(2, value.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        return new long[] {found.size(), withoutRate};
    }

    /** Live entries of the window (its ids named {@code id}) that name a bill rate and have no value; two parameters, the window's bounds. */
    private static String candidates(AoTable ledger, String id) {
        return id + " > ? AND " + id + " <= ? AND " + ledger.column("VALUE_MINOR") + " IS NULL AND " + ledger.column("BILL_RATE_ID")
                + " IS NOT NULL AND " + ledger.column("DELETED_MILLIS") + " IS NULL";
    }

    /** Reports each live entry the app cannot read; returns how many. */
    private static long reportUnreadable(Connection connection, AoTable ledger, Readable readable, ItemFailures skipped) throws SQLException {
        String sql = "SELECT " + String.join(", ", List.of("ID", "STATUS", "COST_MINOR", "COST_CURRENCY", "BILL_MINOR", "BILL_CURRENCY").stream()
                .map(ledger::column).toList()) + " FROM " + ledger.name() + " WHERE " + ledger.column("DELETED_MILLIS") + " IS NULL AND NOT "
                + readable.condition() + " ORDER BY " + ledger.column("ID");
        long count = 0;
        try (PreparedStatement read = connection.prepareStatement(sql)) {
            readable.bind(read, 1);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    Optional<String> why = LedgerValueFill.notReadable(row.getString(2), (Long) nullable(row, 3), row.getString(4),
                            (Long) nullable(row, 5), row.getString(6));
                    skipped.failed("ledger row " + row.getLong(1), new IllegalStateException(why.orElse("it cannot be read")));
                    count++;
                }
            }
        }
        return count;
    }

    private static Object nullable(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? null : value;
    }

    /** The distinct non-empty values of a column the ledger and the rollups share. */
    private static List<Object> distinct(Connection connection, Tables tables, String column) throws SQLException {
        TreeSet<Object> values = new TreeSet<>();
        for (AoTable table : List.of(tables.ledger(), tables.rollup())) {
            try (PreparedStatement read = connection.prepareStatement("SELECT DISTINCT " + table.column(column) + " FROM " + table.name()
                    + " WHERE " + table.column(column) + " IS NOT NULL");
                 ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    values.add(column.equals("PROJECT_ID") ? (Object) rows.getLong(1) : rows.getString(1));
                }
            }
        }
        return new ArrayList<>(values);
    }

    /**
     * Adds to every project's groups their differences from the ledger, one project after the other: the ledger's sums and
     * the rollups' non-zero sums read in one transaction as two streams ordered by project, each project's differences
     * written in a transaction of their own as the streams pass it. Returns the groups corrected.
     */
    private long correctProjects(Tables tables, Readable readable) {
        AoTable ledger = tables.ledger();
        AoTable rollup = tables.rollup();
        String keys = ledger.column("PROJECT_ID") + ", " + ledger.column("AUTHOR_KEY") + ", " + ledger.column("ACCOUNT_KEY") + ", "
                + currencyOfBill(ledger) + ", " + ledger.column("WORK_DAY");
        String ledgerSql = "SELECT " + keys + ", " + ledgerSums(ledger) + " FROM " + ledger.name() + " WHERE " + ledger.column("DELETED_MILLIS")
                + " IS NULL AND " + readable.condition() + " GROUP BY " + keys + " ORDER BY " + ledger.column("PROJECT_ID");
        String rollupSql = "SELECT " + rollupKeys(rollup) + ", " + rollupSums(rollup) + " FROM " + rollup.name() + " WHERE " + rollup.column("KIND")
                + " IN (?, ?) AND " + nonZero(rollup) + " GROUP BY " + rollupKeys(rollup) + " ORDER BY " + rollup.column("PROJECT_ID");
        return inTransaction(connection -> {
            long groups = 0;
            try (PreparedStatement ledgerRead = connection.prepareStatement(ledgerSql);
                 PreparedStatement rollupRead = connection.prepareStatement(rollupSql)) {
                ledgerRead.setFetchSize(FETCH);
                rollupRead.setFetchSize(FETCH);
                ledgerRead.setBoolean(1, true);
                readable.bind(ledgerRead, 2);
                rollupRead.setString(1, "PROJECT");
                rollupRead.setString(2, "PROJECT_DAY");
                try (ResultSet sums = ledgerRead.executeQuery(); ResultSet rolled = rollupRead.executeQuery()) {
                    boolean moreSums = sums.next();
                    boolean moreRolled = rolled.next();
                    while (moreSums || moreRolled) {
                        long project = Math.min(moreSums ? sums.getLong(1) : Long.MAX_VALUE, moreRolled ? rolled.getLong(2) : Long.MAX_VALUE);
                        LedgerValueFill.Scope scope = LedgerValueFill.Scope.project(project);
                        Map<LedgerValueFill.Group, long[]> difference = new HashMap<>();
                        for (; moreSums && sums.getLong(1) == project; moreSums = sums.next()) {
                            add(difference, scope.groupsOf(project, sums.getString(2), sums.getString(3), sums.getString(4), sums.getLong(5)), sums, 6);
                        }
                        for (; moreRolled && rolled.getLong(2) == project; moreRolled = rolled.next()) {
                            subtract(difference, rolled);
                        }
                        List<Map<String, Object>> rows = corrections(difference);
                        if (!rows.isEmpty()) {
                            inTransaction(writing -> {
                                JdbcRows.insert(writing, rollup, rows);
                                return null;
                            });
                        }
                        groups += rows.size();
                    }
                }
            }
            return groups;
        });
    }

    private static String currencyOfBill(AoTable ledger) {
        return "CASE WHEN " + ledger.column("BILL_MINOR") + " IS NULL THEN NULL ELSE " + ledger.column("BILL_CURRENCY") + " END";
    }

    /** Billable seconds (one parameter: true), values and entries without a value. */
    private static String ledgerSums(AoTable ledger) {
        return "SUM(CASE WHEN " + ledger.column("BILLABLE") + " = ? THEN " + ledger.column("WORKED_SECONDS") + " ELSE 0 END), SUM(COALESCE("
                + ledger.column("VALUE_MINOR") + ", 0)), SUM(CASE WHEN " + ledger.column("VALUE_MINOR") + " IS NULL THEN 1 ELSE 0 END)";
    }

    private static String rollupKeys(AoTable rollup) {
        return String.join(", ", List.of("KIND", "PROJECT_ID", "USER_KEY", "ACCOUNT_KEY", "CURRENCY", "PERIOD_MONTH", "PERIOD_DAY")
                .stream().map(rollup::column).toList());
    }

    private static String rollupSums(AoTable rollup) {
        return "SUM(" + rollup.column("BILLABLE_SECONDS") + "), SUM(" + rollup.column("VALUE_MINOR") + "), SUM(" + rollup.column("UNVALUED") + ")";
    }

    /** Rows that count anything of version 3 (a row of version 2 counts none of it). */
    private static String nonZero(AoTable rollup) {
        return "(" + rollup.column("BILLABLE_SECONDS") + " <> 0 OR " + rollup.column("VALUE_MINOR") + " <> 0 OR " + rollup.column("UNVALUED") + " <> 0)";
    }

    /** Adds the three sums starting at column {@code at} to each group. */
    private static void add(Map<LedgerValueFill.Group, long[]> difference, List<LedgerValueFill.Group> groups, ResultSet row, int at)
            throws SQLException {
        for (LedgerValueFill.Group group : groups) {
            long[] sum = difference.computeIfAbsent(group, g -> new long[3]);
            sum[0] += row.getLong(at);
            sum[1] += row.getLong(at + 1);
            sum[2] += row.getLong(at + 2);
        }
    }

    /** Subtracts a row of {@link #rollupKeys} and {@link #rollupSums} from its group. */
    private static void subtract(Map<LedgerValueFill.Group, long[]> difference, ResultSet row) throws SQLException {
        LedgerValueFill.Group group = new LedgerValueFill.Group(row.getString(1), (Long) nullable(row, 2), row.getString(3), row.getString(4),
                row.getString(5), row.getInt(6), (Long) nullable(row, 7));
        long[] sum = difference.computeIfAbsent(group, g -> new long[3]);
        sum[0] -= row.getLong(8);
        sum[1] -= row.getLong(9);
        sum[2] -= row.getLong(10);
    }

    private static List<Map<String, Object>> corrections(Map<LedgerValueFill.Group, long[]> difference) {
        List<Map<String, Object>> rows = new ArrayList<>();
        difference.forEach((group, sum) -> {
            if (sum[0] != 0 || sum[1] != 0 || sum[2] != 0) {
                rows.add(group.row(sum));
            }
        });
        return rows;
    }

    /** Adds to the account's groups their differences from the ledger; returns the groups corrected. */
    private static long correct(Connection connection, Tables tables, Readable readable, LedgerValueFill.Scope scope) throws SQLException {
        Map<LedgerValueFill.Group, long[]> difference = new HashMap<>();
        AoTable ledger = tables.ledger();
        AoTable rollup = tables.rollup();
        String keys = currencyOfBill(ledger) + ", " + ledger.column("WORK_DAY");
        String sql = "SELECT " + keys + ", " + ledgerSums(ledger) + " FROM " + ledger.name() + " WHERE " + ledger.column("ACCOUNT_KEY")
                + " = ? AND " + ledger.column("DELETED_MILLIS") + " IS NULL AND " + readable.condition() + " GROUP BY " + keys;
        try (PreparedStatement read = connection.prepareStatement(sql)) {
            read.setBoolean(1, true);
            read.setObject(2, scope.value());
            readable.bind(read, 3);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    add(difference, scope.groupsOf(0, null, (String) scope.value(), row.getString(1), row.getLong(2)), row, 3);
                }
            }
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT " + rollupKeys(rollup) + ", " + rollupSums(rollup) + " FROM "
                + rollup.name() + " WHERE " + rollup.column("KIND") + " IN (?, ?) AND " + rollup.column("ACCOUNT_KEY") + " = ? AND "
                + nonZero(rollup) + " GROUP BY " + rollupKeys(rollup))) {
            read.setString(1, scope.monthly());
            read.setString(2, scope.daily());
            read.setObject(3, scope.value());
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    subtract(difference, row);
                }
            }
        }
        List<Map<String, Object>> rows = corrections(difference);
        JdbcRows.insert(connection, rollup, rows);
        return rows.size();
    }

    /**
     * The condition that an entry can be read (as {@link LedgerValueFill#notReadable}), never unknown so that its negation
     * selects the rest: a known status, and each amount's currency one of the ledger's currency codes Java knows.
     */
    private record Readable(AoTable ledger, List<String> currencies) {

        static Readable of(Connection connection, AoTable ledger) throws SQLException {
            TreeSet<String> known = new TreeSet<>();
            for (String column : List.of("COST_CURRENCY", "BILL_CURRENCY")) {
                try (PreparedStatement read = connection.prepareStatement("SELECT DISTINCT " + ledger.column(column) + " FROM " + ledger.name());
                     ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        if (LedgerValueFill.isCurrency(rows.getString(1))) {
                            known.add(rows.getString(1));
                        }
                    }
                }
            }
            return new Readable(ledger, new ArrayList<>(known));
        }

        String condition() {
            return "(" + ledger.column("STATUS") + Sql.in(LedgerValueFill.STATUSES.size()) + " AND " + amount("COST") + " AND " + amount("BILL") + ")";
        }

        private String amount(String kind) {
            String minor = ledger.column(kind + "_MINOR");
            String currency = ledger.column(kind + "_CURRENCY");
            return "(" + minor + " IS NULL" + (currencies.isEmpty() ? ""
                    : " OR " + currency + " IS NOT NULL AND " + currency + Sql.in(currencies.size())) + ")";
        }

        /** Binds the condition's parameters from {@code index}; returns the next index. */
        int bind(PreparedStatement statement, int index) throws SQLException {
            for (String status : LedgerValueFill.STATUSES) {
                statement.setString(index++, status);
            }
            for (int kind = 0; kind < 2; kind++) {
                for (String currency : currencies) {
                    statement.setString(index++, currency);
                }
            }
            return index;
        }
    }

    private <T> T inTransaction(Work<T> work) {
        return executors.createExecutor(false, true).execute(connection -> {
            try {
                return work.on(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Ratecard's model version 3 data could not be written", e);
            }
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }
}
