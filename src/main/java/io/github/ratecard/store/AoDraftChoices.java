package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.invoice.DraftChoices;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/** A draft's choices in RC_INV_CHOICE: one row per worklog or expense left out, one per line text changed. */
public class AoDraftChoices implements DraftChoices {

    private static final String EXCLUDED_WORKLOG = "EXCLUDED_WORKLOG";
    private static final String EXCLUDED_EXPENSE = "EXCLUDED_EXPENSE";
    private static final String TEXT = "TEXT";

    private final ActiveObjects ao;

    public AoDraftChoices(ActiveObjects ao) {
        this.ao = ao;
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
    public void clear(long invoiceId) {
        ao.deleteWithSQL(InvoiceChoiceEntity.class, InvoiceChoiceEntity.INVOICE_ID + " = ?", invoiceId);
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
}
