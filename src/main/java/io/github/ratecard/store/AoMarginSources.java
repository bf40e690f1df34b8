package io.github.ratecard.store;

import static io.github.ratecard.store.LedgerRows.IN_CHUNK;
import static io.github.ratecard.store.Sql.in;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.github.ratecard.insight.margin.IssuedDocument;
import io.github.ratecard.insight.margin.MarginExpense;
import io.github.ratecard.insight.margin.MarginSources;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * The profitability report's reads: the rollups of a range of months added up per line of the report in the database (one
 * statement): per project, account, currency and month from the PROJECT_DAY rollups (a project's day holds the same entries as
 * its people's months, and a month has far fewer project days than people on a busy project), or, when the report needs
 * people, per project, person, account, currency and month from the PROJECT rollups; issued
 * documents overlapping those months and their work and contract lines (one statement per 500 documents), expenses (one
 * statement) and default accounts (one statement).
 */
public class AoMarginSources implements MarginSources {

    private static final List<String> LINE_KEY = List.of(RollupEntity.PROJECT_ID, RollupEntity.ACCOUNT_KEY, RollupEntity.CURRENCY,
            RollupEntity.PERIOD_MONTH);
    /**
     * The month first: the order of the rollups' index since model version 8, so that PostgreSQL reads the rows of the months in
     * this order without sorting them. An account's month keeps its lines in the order of project and person.
     */
    private static final List<String> PERSON_LINE_KEY = List.of(RollupEntity.PERIOD_MONTH, RollupEntity.PROJECT_ID, RollupEntity.USER_KEY,
            RollupEntity.ACCOUNT_KEY, RollupEntity.CURRENCY);
    private static final String DOCUMENT_COLUMNS = String.join(", ", "ID", InvoiceEntity.KIND, InvoiceEntity.ACCOUNT_KEY,
            InvoiceEntity.CURRENCY, InvoiceEntity.FIRST_DAY, InvoiceEntity.LAST_DAY, InvoiceEntity.EXCHANGE_RATE);

    private final ActiveObjects ao;
    private final JdbcRollupSums jdbc;

    /** Every read through Active Objects. */
    public AoMarginSources(ActiveObjects ao) {
        this.ao = ao;
        this.jdbc = null;
    }

    /**
     * The lines by person by plain JDBC on a connection of SAL's executor ({@code namespace} is the {@code <ao>} module's, from which
     * Jira names the app's tables), the same statement as through Active Objects, which it falls back to while the table is not found.
     */
    public AoMarginSources(ActiveObjects ao, TransactionalExecutorFactory executors, String namespace) {
        this.ao = ao;
        this.jdbc = new JdbcRollupSums(executors, namespace);
    }

    @Override
    public List<Rollup> work(YearMonth from, YearMonth to, boolean byPerson, String accountKey) {
        StringBuilder where = new StringBuilder(RollupEntity.KIND + " = ? AND " + RollupEntity.PERIOD_MONTH + " BETWEEN ? AND ?");
        Rollup.Kind kind = byPerson ? Rollup.Kind.PROJECT : Rollup.Kind.PROJECT_DAY;
        List<Object> parameters = new ArrayList<>(List.of(kind.name(), PeriodMonths.bound(from), PeriodMonths.bound(to)));
        if (accountKey != null) {
            where.append(" AND ").append(RollupEntity.ACCOUNT_KEY).append(" = ?");
            parameters.add(accountKey);
        }
        List<Rollup> sums = new ArrayList<>();
        if (byPerson && jdbc != null && personLines(from, to, accountKey, sums)) {
            return sums;
        }
        ao.stream(RollupEntity.class, RollupSums.selectInKeyOrder(byPerson ? PERSON_LINE_KEY : LINE_KEY, RollupSums.FIGURES)
                .where(where.toString(), parameters.toArray()), row -> {
            Rollup rollup = rollup(row, byPerson ? row.getUserKey() : null);
            if (!rollup.isEmpty()) {
                sums.add(rollup);
            }
        });
        return sums;
    }

    /**
     * The lines by person through {@link JdbcRollupSums}: the rows of the months in the order of the line's keys, each run of rows
     * with the same keys added up by {@link PersonLineRuns} (the same sums as the database's {@code GROUP BY}, in the same order);
     * false, having read nothing, when its table is not found.
     */
    private boolean personLines(YearMonth from, YearMonth to, String accountKey, List<Rollup> sums) {
        List<JdbcRollupSums.Condition> where = new ArrayList<>();
        where.add(JdbcRollupSums.Condition.equal(RollupEntity.KIND, Rollup.Kind.PROJECT.name()));
        where.add(new JdbcRollupSums.Condition(RollupEntity.PERIOD_MONTH, "BETWEEN ? AND ?",
                List.of(PeriodMonths.bound(from), PeriodMonths.bound(to))));
        if (accountKey != null) {
            where.add(JdbcRollupSums.Condition.equal(RollupEntity.ACCOUNT_KEY, accountKey));
        }
        PersonLineRuns runs = new PersonLineRuns(sums);
        boolean found = jdbc.rows(PERSON_LINE_KEY, RollupSums.FIGURES, where, runs);
        runs.finish();
        return found;
    }

    private static Rollup rollup(RollupEntity row, String userKey) {
        Rollup.Key key = new Rollup.Key(Rollup.Kind.PROJECT, row.getProjectId(), userKey, row.getAccountKey(), row.getCurrency(),
                PeriodMonths.decode(row.getPeriodMonth()));
        return new Rollup(key, row.getWorkedSeconds(), row.getBilledSeconds(), row.getCostMinor(), row.getBillMinor(), row.getEntries(),
                row.getUnpriced(), row.getBillableSeconds(), row.getValueMinor(), row.getUnvalued());
    }

    @Override
    public List<IssuedDocument> issuedDocuments(YearMonth from, YearMonth to) {
        Map<Long, InvoiceEntity> documents = new LinkedHashMap<>();
        ao.stream(InvoiceEntity.class, Query.select(DOCUMENT_COLUMNS).where(InvoiceEntity.STATUS + " = ? AND " + InvoiceEntity.LAST_DAY
                        + " >= ? AND " + InvoiceEntity.FIRST_DAY + " <= ?", InvoiceStatus.ISSUED.name(), from.atDay(1).toEpochDay(),
                to.atEndOfMonth().toEpochDay()), row -> documents.put((long) row.getID(), row));
        Map<Long, long[]> work = new HashMap<>();
        Map<Long, List<IssuedDocument.ContractLine>> contractLines = new HashMap<>();
        linesOf(new ArrayList<>(documents.keySet()), work, contractLines);
        List<IssuedDocument> result = new ArrayList<>(documents.size());
        documents.forEach((id, row) -> result.add(new IssuedDocument(InvoiceKind.CREDIT_NOTE.name().equals(row.getKind()),
                row.getAccountKey(), row.getCurrency(), LocalDate.ofEpochDay(row.getLastDay()),
                row.getExchangeRate() == null ? null : new BigDecimal(row.getExchangeRate()), work.getOrDefault(id, new long[1])[0],
                LocalDate.ofEpochDay(row.getFirstDay()), contractLines.getOrDefault(id, List.of()))));
        return result;
    }

    /**
     * The sum of the work, adjustment and expense lines of each document, and each line its account's contract made (retainer
     * fee, overage, instalment, write-off): one statement per 500 documents.
     */
    private void linesOf(List<Long> ids, Map<Long, long[]> work, Map<Long, List<IssuedDocument.ContractLine>> contractLines) {
        List<LineKind> kinds = List.of(LineKind.WORK, LineKind.ADJUSTMENT, LineKind.EXPENSE, LineKind.RETAINER, LineKind.OVERAGE,
                LineKind.INSTALMENT, LineKind.WRITE_OFF);
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            List<Object> parameters = new ArrayList<>(chunk);
            kinds.forEach(kind -> parameters.add(kind.name()));
            ao.stream(InvoiceLineEntity.class, Query.select("ID, " + InvoiceLineEntity.INVOICE_ID + ", " + InvoiceLineEntity.KIND + ", "
                            + InvoiceLineEntity.LINE_KEY + ", " + InvoiceLineEntity.AMOUNT_MINOR).where(InvoiceLineEntity.INVOICE_ID
                            + in(chunk.size()) + " AND " + InvoiceLineEntity.KIND + in(kinds.size()), parameters.toArray()).order("ID"),
                    line -> {
                        LineKind kind = LineKind.valueOf(line.getKind());
                        if (kind.fromContract()) {
                            contractLines.computeIfAbsent(line.getInvoiceId(), id -> new ArrayList<>())
                                    .add(new IssuedDocument.ContractLine(kind, line.getLineKey(), line.getAmountMinor()));
                        } else {
                            work.computeIfAbsent(line.getInvoiceId(), id -> new long[1])[0] += line.getAmountMinor();
                        }
                    });
        }
    }

    @Override
    public List<MarginExpense> expenses(YearMonth from, YearMonth to) {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        ao.stream(ExpenseEntity.class, Query.select("ID, " + ExpenseEntity.EXPENSE_DAY + ", " + ExpenseEntity.SCOPE_KIND + ", "
                        + ExpenseEntity.SCOPE_KEY + ", " + ExpenseEntity.AMOUNT_MINOR + ", " + ExpenseEntity.CURRENCY + ", "
                        + ExpenseEntity.BILLABLE + ", " + ExpenseEntity.MARKUP_BP)
                .where(ExpenseEntity.EXPENSE_DAY + " >= ? AND " + ExpenseEntity.EXPENSE_DAY + " <= ?", from.atDay(1).toEpochDay(),
                        to.atEndOfMonth().toEpochDay()), row -> {
            String project = "ISSUE".equals(row.getScopeKind()) ? projectOfIssueKey(row.getScopeKey()) : row.getScopeKey();
            YearMonth month = YearMonth.from(LocalDate.ofEpochDay(row.getExpenseDay()));
            long[] sum = sums.computeIfAbsent(List.of(project, month, row.getCurrency()), key -> new long[2]);
            sum[0] += row.getAmountMinor();
            sum[1] += billed(row);
        });
        List<MarginExpense> result = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> result.add(new MarginExpense((String) key.get(0), null, (YearMonth) key.get(1), (String) key.get(2),
                sum[0], sum[1])));
        return result;
    }

    /** What an expense bills: nothing, or, when billable, its amount with the mark-up, rounded once (as {@code Expense.billed()}). */
    private static long billed(ExpenseEntity row) {
        if (!row.isBillable()) {
            return 0;
        }
        return Money.ofMinor(row.getAmountMinor(), row.getCurrency()).times(BigDecimal.ONE.add(BigDecimal.valueOf(row.getMarkupBp(), 4)))
                .minorUnits();
    }

    private static String projectOfIssueKey(String issueKey) {
        int dash = issueKey.lastIndexOf('-');
        return dash > 0 ? issueKey.substring(0, dash) : issueKey;
    }

    @Override
    public Map<Long, String> defaultAccounts() {
        Map<Long, String> accounts = new HashMap<>();
        ao.stream(ProjectAccountEntity.class, Query.select("ID, " + ProjectAccountEntity.PROJECT_ID + ", " + ProjectAccountEntity.ACCOUNT_KEY
                + ", " + ProjectAccountEntity.DEFAULT_LINK).where(ProjectAccountEntity.DEFAULT_LINK + " = ?", true),
                row -> accounts.put(row.getProjectId(), row.getAccountKey()));
        return accounts;
    }
}
