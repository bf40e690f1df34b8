package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.domain.Page;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.InvoiceStore;
import io.github.ratecard.invoice.LineKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/** Invoices in RC_INVOICE, their lines in RC_INV_LINE; an issued document's number is reserved in RC_INV_NUMBER as it is written. */
public class AoInvoiceStore implements InvoiceStore {

    private static final String EXPENSE_KEY_PREFIX = "EXPENSE:";

    private final ActiveObjects ao;
    private final AoIssuedNumbers numbers;

    public AoInvoiceStore(ActiveObjects ao) {
        this.ao = ao;
        this.numbers = new AoIssuedNumbers(ao);
    }

    @Override
    public long insert(Invoice invoice) {
        InvoiceEntity entity = ao.create(InvoiceEntity.class, InvoiceRows.fixed(invoice));
        InvoiceRows.fill(entity, invoice);
        entity.save();
        invoice.number().ifPresent(number -> numbers.reserve(entity.getID(), number));
        insertLines(entity.getID(), invoice);
        return entity.getID();
    }

    @Override
    public void update(Invoice invoice) {
        InvoiceEntity entity = ao.get(InvoiceEntity.class, (int) invoice.id());
        if (entity.getNumber() == null) {
            invoice.number().ifPresent(number -> numbers.reserve(invoice.id(), number));
        }
        InvoiceRows.fill(entity, invoice);
        entity.save();
        ao.deleteWithSQL(InvoiceLineEntity.class, InvoiceLineEntity.INVOICE_ID + " = ?", invoice.id());
        insertLines(invoice.id(), invoice);
    }

    @Override
    public Optional<Invoice> invoice(long id) {
        InvoiceEntity entity = id > Integer.MAX_VALUE ? null : ao.get(InvoiceEntity.class, (int) id);
        return entity == null ? Optional.empty() : Optional.of(InvoiceRows.invoice(entity, linesOf(id)));
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
            items.add(InvoiceRows.invoice(entity, lines.getOrDefault((long) entity.getID(), List.of())));
        }
        return new Page<>(items, offset, limit, ao.count(InvoiceEntity.class, count));
    }

    @Override
    public void delete(long id) {
        ao.deleteWithSQL(InvoiceLineEntity.class, InvoiceLineEntity.INVOICE_ID + " = ?", id);
        ao.deleteWithSQL(InvoiceEntity.class, "ID = ?", (int) id);
    }

    @Override
    public Set<Long> billedExpenses(String accountKey) {
        List<Long> issued = new ArrayList<>();
        ao.stream(InvoiceEntity.class, Query.select("ID").where(InvoiceEntity.ACCOUNT_KEY + " = ? AND " + InvoiceEntity.STATUS + " = ? AND "
                + InvoiceEntity.KIND + " = ?", accountKey, InvoiceStatus.ISSUED.name(), InvoiceKind.INVOICE.name()), row -> issued.add((long) row.getID()));
        Set<Long> expenses = new LinkedHashSet<>();
        for (List<Long> chunk : Sql.chunks(issued, 500)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(LineKind.EXPENSE.name());
            ao.stream(InvoiceLineEntity.class, Query.select("ID, " + InvoiceLineEntity.LINE_KEY).where(InvoiceLineEntity.INVOICE_ID + " IN ("
                    + Sql.placeholders(chunk.size()) + ") AND " + InvoiceLineEntity.KIND + " = ?", parameters.toArray()),
                    row -> expenses.add(Long.parseLong(row.getLineKey().substring(EXPENSE_KEY_PREFIX.length()))));
        }
        return expenses;
    }

    @Override
    public List<Invoice> creditNotesOf(long invoiceId) {
        List<Invoice> notes = new ArrayList<>();
        for (InvoiceEntity entity : ao.find(InvoiceEntity.class, Query.select().where(InvoiceEntity.CREDIT_OF + " = ?", invoiceId).order("ID"))) {
            notes.add(InvoiceRows.invoice(entity, linesOf(entity.getID())));
        }
        return notes;
    }

    private void insertLines(long invoiceId, Invoice invoice) {
        List<Map<String, Object>> rows = InvoiceRows.lines(invoiceId, invoice.lines());
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
}
