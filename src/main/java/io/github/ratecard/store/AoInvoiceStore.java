package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.budget.DateRange;
import io.github.ratecard.domain.Page;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.InvoiceStore;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/** Invoices in RC_INVOICE, their lines in RC_INV_LINE, a draft's choices in RC_INV_CHOICE. */
public class AoInvoiceStore implements InvoiceStore {

    private static final String EXCLUDED_WORKLOG = "EXCLUDED_WORKLOG";
    private static final String EXCLUDED_EXPENSE = "EXCLUDED_EXPENSE";
    private static final String TEXT = "TEXT";

    private final ActiveObjects ao;

    public AoInvoiceStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long insert(Invoice invoice) {
        Map<String, Object> row = new HashMap<>();
        row.put(InvoiceEntity.KIND, invoice.kind().name());
        row.put(InvoiceEntity.STATUS, invoice.status().name());
        row.put(InvoiceEntity.ACCOUNT_KEY, invoice.accountKey());
        row.put(InvoiceEntity.FIRST_DAY, invoice.period().first().toEpochDay());
        row.put(InvoiceEntity.LAST_DAY, invoice.period().last().toEpochDay());
        row.put(InvoiceEntity.LINE_GROUPING, invoice.grouping().name());
        row.put(InvoiceEntity.CURRENCY, invoice.currency().getCurrencyCode());
        row.put(InvoiceEntity.TAX_BP, invoice.totals().taxPercent().movePointRight(2).intValueExact());
        row.put(InvoiceEntity.CREATED_BY, invoice.createdBy());
        InvoiceEntity entity = ao.create(InvoiceEntity.class, row);
        fill(entity, invoice);
        entity.save();
        reserveNumber(entity.getID(), invoice.number());
        insertLines(entity.getID(), invoice.lines());
        return entity.getID();
    }

    @Override
    public void update(Invoice invoice) {
        InvoiceEntity entity = ao.get(InvoiceEntity.class, (int) invoice.id());
        if (entity.getNumber() == null) {
            reserveNumber(invoice.id(), invoice.number());
        }
        entity.setStatus(invoice.status().name());
        entity.setTaxBp(invoice.totals().taxPercent().movePointRight(2).intValueExact());
        fill(entity, invoice);
        entity.save();
        ao.deleteWithSQL(InvoiceLineEntity.class, InvoiceLineEntity.INVOICE_ID + " = ?", invoice.id());
        insertLines(invoice.id(), invoice.lines());
    }

    @Override
    public Optional<Invoice> invoice(long id) {
        InvoiceEntity entity = id > Integer.MAX_VALUE ? null : ao.get(InvoiceEntity.class, (int) id);
        return entity == null ? Optional.empty() : Optional.of(invoice(entity, linesOf(id)));
    }

    @Override
    public boolean numberTaken(String number) {
        return ao.count(InvoiceNumberEntity.class, Query.select().where(InvoiceNumberEntity.NUMBER + " = ?", number)) > 0;
    }

    @Override
    public Page<Invoice> list(InvoiceFilter filter, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.accountKey() != null) {
            conditions.add(InvoiceEntity.ACCOUNT_KEY + " = ?");
            parameters.add(filter.accountKey());
        }
        if (filter.status() != null) {
            conditions.add(InvoiceEntity.STATUS + " = ?");
            parameters.add(filter.status().name());
        }
        if (filter.kind() != null) {
            conditions.add(InvoiceEntity.KIND + " = ?");
            parameters.add(filter.kind().name());
        }
        if (filter.period() != null) {
            conditions.add(InvoiceEntity.FIRST_DAY + " <= ? AND " + InvoiceEntity.LAST_DAY + " >= ?");
            parameters.add(filter.period().last().toEpochDay());
            parameters.add(filter.period().first().toEpochDay());
        }
        Query count = conditions.isEmpty() ? Query.select() : Query.select().where(String.join(" AND ", conditions), parameters.toArray());
        Query page = (conditions.isEmpty() ? Query.select() : Query.select().where(String.join(" AND ", conditions), parameters.toArray()))
                .order("ID DESC").offset(offset).limit(limit);
        InvoiceEntity[] found = ao.find(InvoiceEntity.class, page);
        Map<Long, List<InvoiceLineEntity>> lines = linesOf(Arrays.stream(found).map(entity -> (long) entity.getID()).toList());
        List<Invoice> items = new ArrayList<>();
        for (InvoiceEntity entity : found) {
            items.add(invoice(entity, lines.getOrDefault((long) entity.getID(), List.of())));
        }
        return new Page<>(items, offset, limit, ao.count(InvoiceEntity.class, count));
    }

    @Override
    public void delete(long id) {
        ao.deleteWithSQL(InvoiceLineEntity.class, InvoiceLineEntity.INVOICE_ID + " = ?", id);
        ao.deleteWithSQL(InvoiceChoiceEntity.class, InvoiceChoiceEntity.INVOICE_ID + " = ?", id);
        ao.deleteWithSQL(InvoiceEntity.class, "ID = ?", (int) id);
    }

    @Override
    public Set<Long> excludedWorklogs(long invoiceId) {
        return items(invoiceId, EXCLUDED_WORKLOG);
    }

    @Override
    public Set<Long> excludedExpenses(long invoiceId) {
        return items(invoiceId, EXCLUDED_EXPENSE);
    }

    @Override
    public void exclude(long invoiceId, Collection<Long> worklogIds, Collection<Long> expenseIds) {
        include(invoiceId, worklogIds, expenseIds);
        List<Map<String, Object>> rows = new ArrayList<>();
        worklogIds.forEach(id -> rows.add(choice(invoiceId, EXCLUDED_WORKLOG, id)));
        expenseIds.forEach(id -> rows.add(choice(invoiceId, EXCLUDED_EXPENSE, id)));
        if (!rows.isEmpty()) {
            ao.create(InvoiceChoiceEntity.class, rows);
        }
    }

    @Override
    public void include(long invoiceId, Collection<Long> worklogIds, Collection<Long> expenseIds) {
        for (List<Long> chunk : Sql.chunks(worklogIds, 500)) {
            deleteChoices(invoiceId, EXCLUDED_WORKLOG, chunk);
        }
        for (List<Long> chunk : Sql.chunks(expenseIds, 500)) {
            deleteChoices(invoiceId, EXCLUDED_EXPENSE, chunk);
        }
    }

    @Override
    public Map<String, String> texts(long invoiceId) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (InvoiceChoiceEntity row : ao.find(InvoiceChoiceEntity.class, Query.select().where(InvoiceChoiceEntity.INVOICE_ID + " = ? AND "
                + InvoiceChoiceEntity.CHOICE + " = ?", invoiceId, TEXT).order("ID"))) {
            texts.put(row.getLineKey(), row.getText());
        }
        return texts;
    }

    @Override
    public void setText(long invoiceId, String lineKey, String text) {
        ao.deleteWithSQL(InvoiceChoiceEntity.class, InvoiceChoiceEntity.INVOICE_ID + " = ? AND " + InvoiceChoiceEntity.CHOICE + " = ? AND "
                + InvoiceChoiceEntity.LINE_KEY + " = ?", invoiceId, TEXT, lineKey);
        Map<String, Object> row = new HashMap<>();
        row.put(InvoiceChoiceEntity.INVOICE_ID, invoiceId);
        row.put(InvoiceChoiceEntity.CHOICE, TEXT);
        row.put(InvoiceChoiceEntity.LINE_KEY, lineKey);
        row.put(InvoiceChoiceEntity.TEXT, text);
        ao.create(InvoiceChoiceEntity.class, row);
    }

    @Override
    public Set<Long> billedExpenses(String accountKey) {
        List<Long> issued = new ArrayList<>();
        ao.stream(InvoiceEntity.class, Query.select("ID").where(InvoiceEntity.ACCOUNT_KEY + " = ? AND " + InvoiceEntity.STATUS + " = ? AND "
                + InvoiceEntity.KIND + " = ?", accountKey, InvoiceStatus.ISSUED.name(), InvoiceKind.INVOICE.name()), row -> issued.add((long) row.getID()));
        Set<Long> expenses = new LinkedHashSet<>();
        String prefix = "EXPENSE:";
        for (List<Long> chunk : Sql.chunks(issued, 500)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(LineKind.EXPENSE.name());
            ao.stream(InvoiceLineEntity.class, Query.select("ID, " + InvoiceLineEntity.LINE_KEY).where(InvoiceLineEntity.INVOICE_ID + " IN ("
                    + Sql.placeholders(chunk.size()) + ") AND " + InvoiceLineEntity.KIND + " = ?", parameters.toArray()),
                    row -> expenses.add(Long.parseLong(row.getLineKey().substring(prefix.length()))));
        }
        return expenses;
    }

    @Override
    public Map<Long, String> numbers(Collection<Long> invoiceIds) {
        Map<Long, String> numbers = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(invoiceIds, 500)) {
            ao.stream(InvoiceNumberEntity.class, Query.select("ID, " + InvoiceNumberEntity.NUMBER + ", " + InvoiceNumberEntity.INVOICE_ID)
                    .where(InvoiceNumberEntity.INVOICE_ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
                    row -> numbers.put(row.getInvoiceId(), row.getNumber()));
        }
        return numbers;
    }

    @Override
    public List<Invoice> creditNotesOf(long invoiceId) {
        List<Invoice> notes = new ArrayList<>();
        for (InvoiceEntity entity : ao.find(InvoiceEntity.class, Query.select().where(InvoiceEntity.CREDIT_OF + " = ?", invoiceId).order("ID"))) {
            notes.add(invoice(entity, linesOf(entity.getID())));
        }
        return notes;
    }

    private void reserveNumber(long invoiceId, String number) {
        if (number != null) {
            ao.create(InvoiceNumberEntity.class, Map.of(InvoiceNumberEntity.NUMBER, number, InvoiceNumberEntity.INVOICE_ID, invoiceId));
        }
    }

    private void deleteChoices(long invoiceId, String choice, List<Long> ids) {
        List<Object> parameters = new ArrayList<>(List.of(invoiceId, choice));
        parameters.addAll(ids);
        ao.deleteWithSQL(InvoiceChoiceEntity.class, InvoiceChoiceEntity.INVOICE_ID + " = ? AND " + InvoiceChoiceEntity.CHOICE + " = ? AND "
                + InvoiceChoiceEntity.ITEM_ID + " IN (" + Sql.placeholders(ids.size()) + ")", parameters.toArray());
    }

    private static Map<String, Object> choice(long invoiceId, String choice, long itemId) {
        Map<String, Object> row = new HashMap<>();
        row.put(InvoiceChoiceEntity.INVOICE_ID, invoiceId);
        row.put(InvoiceChoiceEntity.CHOICE, choice);
        row.put(InvoiceChoiceEntity.ITEM_ID, itemId);
        return row;
    }

    private Set<Long> items(long invoiceId, String choice) {
        Set<Long> ids = new LinkedHashSet<>();
        for (InvoiceChoiceEntity row : ao.find(InvoiceChoiceEntity.class, Query.select().where(InvoiceChoiceEntity.INVOICE_ID + " = ? AND "
                + InvoiceChoiceEntity.CHOICE + " = ?", invoiceId, choice))) {
            ids.add(row.getItemId());
        }
        return ids;
    }

    private static void fill(InvoiceEntity entity, Invoice invoice) {
        entity.setNumber(invoice.number());
        entity.setProjectKeys(String.join(",", invoice.projectKeys()));
        entity.setJql(invoice.jql().isEmpty() ? null : invoice.jql());
        entity.setIssueDay(invoice.issueDate() == null ? null : invoice.issueDate().toEpochDay());
        entity.setIssuedMillis(invoice.issuedAt() == null ? null : invoice.issuedAt().toEpochMilli());
        entity.setIssuedBy(invoice.issuedBy());
        entity.setCreditOf(invoice.creditOf());
        entity.setVoidReason(invoice.voidReason());
        entity.setExchangeRate(invoice.exchangeRate() == null ? null : invoice.exchangeRate().toPlainString());
        entity.setBaseTotalMinor(invoice.baseTotal() == null ? null : invoice.baseTotal().minorUnits());
        entity.setBaseCurrency(invoice.baseTotal() == null ? null : invoice.baseTotal().currency().getCurrencyCode());
    }

    private void insertLines(long invoiceId, List<InvoiceLine> lines) {
        List<Map<String, Object>> rows = new ArrayList<>(lines.size());
        int position = 0;
        for (InvoiceLine line : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put(InvoiceLineEntity.INVOICE_ID, invoiceId);
            row.put(InvoiceLineEntity.POSITION, position++);
            row.put(InvoiceLineEntity.KIND, line.kind().name());
            row.put(InvoiceLineEntity.LINE_KEY, line.groupKey());
            row.put(InvoiceLineEntity.TEXT, line.text());
            row.put(InvoiceLineEntity.QUANTITY, line.quantity().toPlainString());
            row.put(InvoiceLineEntity.UNIT_PRICE, line.unitPrice().toPlainString());
            row.put(InvoiceLineEntity.AMOUNT_MINOR, line.amount().minorUnits());
            row.put(InvoiceLineEntity.SECONDS, line.seconds());
            row.put(InvoiceLineEntity.ENTRIES, line.entries());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            ao.create(InvoiceLineEntity.class, rows);
        }
    }

    private List<InvoiceLineEntity> linesOf(long invoiceId) {
        return Arrays.asList(ao.find(InvoiceLineEntity.class, Query.select().where(InvoiceLineEntity.INVOICE_ID + " = ?", invoiceId)
                .order(InvoiceLineEntity.POSITION)));
    }

    /** The lines of several invoices in one read (per 500), by invoice and position. */
    private Map<Long, List<InvoiceLineEntity>> linesOf(List<Long> invoiceIds) {
        Map<Long, List<InvoiceLineEntity>> lines = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(invoiceIds, 500)) {
            for (InvoiceLineEntity row : ao.find(InvoiceLineEntity.class, Query.select().where(InvoiceLineEntity.INVOICE_ID + " IN ("
                    + Sql.placeholders(chunk.size()) + ")", chunk.toArray()).order(InvoiceLineEntity.INVOICE_ID + ", " + InvoiceLineEntity.POSITION))) {
                lines.computeIfAbsent(row.getInvoiceId(), id -> new ArrayList<>()).add(row);
            }
        }
        return lines;
    }

    private static Invoice invoice(InvoiceEntity entity, List<InvoiceLineEntity> rows) {
        Currency currency = Currency.getInstance(entity.getCurrency());
        List<InvoiceLine> lines = new ArrayList<>(rows.size());
        for (InvoiceLineEntity row : rows) {
            lines.add(new InvoiceLine(row.getID(), LineKind.valueOf(row.getKind()), row.getLineKey(), row.getText(), new BigDecimal(row.getQuantity()),
                    new BigDecimal(row.getUnitPrice()), Money.ofMinor(row.getAmountMinor(), currency), row.getSeconds(), row.getEntries()));
        }
        String keys = entity.getProjectKeys();
        return new Invoice(entity.getID(), InvoiceKind.valueOf(entity.getKind()), InvoiceStatus.valueOf(entity.getStatus()), entity.getAccountKey(),
                entity.getNumber(), new DateRange(LocalDate.ofEpochDay(entity.getFirstDay()), LocalDate.ofEpochDay(entity.getLastDay())),
                LineGrouping.valueOf(entity.getLineGrouping()), currency, keys == null || keys.isEmpty() ? List.of() : List.of(keys.split(",")),
                entity.getJql(), lines, InvoiceTotals.of(lines, BigDecimal.valueOf(entity.getTaxBp(), 2), currency),
                entity.getIssueDay() == null ? null : LocalDate.ofEpochDay(entity.getIssueDay()),
                entity.getIssuedMillis() == null ? null : Instant.ofEpochMilli(entity.getIssuedMillis()), entity.getIssuedBy(), entity.getCreditOf(),
                entity.getVoidReason(), entity.getExchangeRate() == null ? null : new BigDecimal(entity.getExchangeRate()),
                entity.getBaseTotalMinor() == null ? null : Money.ofMinor(entity.getBaseTotalMinor(), Currency.getInstance(entity.getBaseCurrency())),
                entity.getCreatedBy());
    }
}
