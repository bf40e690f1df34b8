package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.InvoicedWorkStore;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.java.ao.Query;

/** Billed worklogs in RC_INV_WORK, keyed by worklog id. */
public class AoInvoicedWorkStore implements InvoicedWorkStore {

    private static final int CHUNK = 500;
    private static final int SUMMARY = 255;

    private final ActiveObjects ao;

    public AoInvoicedWorkStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Rows keep minor units only: the currency is their invoice's. */
    private Currency currencyOfInvoice(long invoiceId) {
        InvoiceEntity invoice = ao.get(InvoiceEntity.class, (int) invoiceId);
        return Currency.getInstance(invoice.getCurrency());
    }

    @Override
    public void link(List<InvoicedWork> rows) {
        List<Long> ids = rows.stream().map(InvoicedWork::worklogId).toList();
        Map<Long, InvoicedWork> taken = of(ids);
        if (!taken.isEmpty()) {
            long worklog = taken.keySet().iterator().next();
            throw new ConflictException("lines", taken.size() + " worklogs are billed already (e.g. worklog " + worklog + " on invoice "
                    + taken.get(worklog).invoiceId() + "): refresh the draft");
        }
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (InvoicedWork row : rows.subList(start, Math.min(rows.size(), start + CHUNK))) {
                batch.add(row(row));
            }
            try {
                ao.create(InvoicedWorkEntity.class, batch);
            } catch (RuntimeException e) {
                if (isUniqueViolation(e)) {
                    throw new ConflictException("lines", "Another invoice billed some of these worklogs at the same moment: refresh the draft");
                }
                throw e;
            }
        }
    }

    /** The row that links a billed worklog to its invoice. */
    static Map<String, Object> row(InvoicedWork row) {
        Map<String, Object> values = new HashMap<>();
        values.put(InvoicedWorkEntity.WORKLOG_ID, row.worklogId());
        values.put(InvoicedWorkEntity.INVOICE_ID, row.invoiceId());
        values.put(InvoicedWorkEntity.LINE_KEY, row.lineKey());
        values.put(InvoicedWorkEntity.WORK_DAY, row.workDate().toEpochDay());
        values.put(InvoicedWorkEntity.ISSUE_KEY, row.issueKey());
        values.put(InvoicedWorkEntity.SUMMARY, cut(row.issueSummary()));
        values.put(InvoicedWorkEntity.AUTHOR, cut(row.authorName()));
        values.put(InvoicedWorkEntity.LEVEL_NAME, row.levelName());
        values.put(InvoicedWorkEntity.WORKED_SECONDS, row.workedSeconds());
        values.put(InvoicedWorkEntity.BILLED_SECONDS, row.billedSeconds());
        values.put(InvoicedWorkEntity.RATE_TT, row.rate().movePointRight(4).longValueExact());
        values.put(InvoicedWorkEntity.AMOUNT_MINOR, row.amount().minorUnits());
        return values;
    }

    /** Whether the database refused a worklog id that is taken (SQL state 23505, as H2 and PostgreSQL say it). */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Long> release(long invoiceId) {
        List<Long> ids = new ArrayList<>();
        ao.stream(InvoicedWorkEntity.class, Query.select(InvoicedWorkEntity.WORKLOG_ID).where(InvoicedWorkEntity.INVOICE_ID + " = ?", invoiceId),
                row -> ids.add(row.getWorklogId()));
        ao.deleteWithSQL(InvoicedWorkEntity.class, InvoicedWorkEntity.INVOICE_ID + " = ?", invoiceId);
        return ids;
    }

    @Override
    public Map<Long, InvoicedWork> of(Collection<Long> worklogIds) {
        Map<Long, InvoicedWork> found = new LinkedHashMap<>();
        Map<Long, Currency> currencies = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(worklogIds, CHUNK)) {
            for (InvoicedWorkEntity row : ao.find(InvoicedWorkEntity.class, Query.select()
                    .where(InvoicedWorkEntity.WORKLOG_ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                found.put(row.getWorklogId(), work(row, currencies.computeIfAbsent(row.getInvoiceId(), this::currencyOfInvoice)));
            }
        }
        return found;
    }

    @Override
    public void stream(long invoiceId, Consumer<InvoicedWork> consumer) {
        Currency currency = currencyOfInvoice(invoiceId);
        ao.stream(InvoicedWorkEntity.class, Query.select(String.join(", ", InvoicedWorkEntity.WORKLOG_ID, InvoicedWorkEntity.INVOICE_ID,
                        InvoicedWorkEntity.LINE_KEY, InvoicedWorkEntity.WORK_DAY, InvoicedWorkEntity.ISSUE_KEY, InvoicedWorkEntity.SUMMARY,
                        InvoicedWorkEntity.AUTHOR, InvoicedWorkEntity.LEVEL_NAME, InvoicedWorkEntity.WORKED_SECONDS, InvoicedWorkEntity.BILLED_SECONDS,
                        InvoicedWorkEntity.RATE_TT, InvoicedWorkEntity.AMOUNT_MINOR))
                        .where(InvoicedWorkEntity.INVOICE_ID + " = ?", invoiceId).order(InvoicedWorkEntity.WORK_DAY + ", " + InvoicedWorkEntity.WORKLOG_ID),
                row -> consumer.accept(work(row, currency)));
    }

    @Override
    public long count(long invoiceId) {
        return ao.count(InvoicedWorkEntity.class, Query.select().where(InvoicedWorkEntity.INVOICE_ID + " = ?", invoiceId));
    }

    private static InvoicedWork work(InvoicedWorkEntity row, Currency currency) {
        return new InvoicedWork(row.getWorklogId(), row.getInvoiceId(), row.getLineKey(), LocalDate.ofEpochDay(row.getWorkDay()), row.getIssueKey(),
                row.getSummary(), row.getAuthor(), row.getLevelName(), row.getWorkedSeconds(), row.getBilledSeconds(),
                BigDecimal.valueOf(row.getRateTt(), 4), Money.ofMinor(row.getAmountMinor(), currency));
    }

    private static String cut(String text) {
        return text == null || text.length() <= SUMMARY ? text : text.substring(0, SUMMARY);
    }
}
