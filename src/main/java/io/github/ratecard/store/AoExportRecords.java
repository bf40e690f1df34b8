package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.accounting.ExportFormat;
import io.github.ratecard.accounting.ExportRecord;
import io.github.ratecard.accounting.ExportRecords;
import io.github.ratecard.accounting.ExportedDocument;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Accounting exports in RC_ACC_EXPORT and their documents in RC_ACC_EXPORT_DOC. */
public class AoExportRecords implements ExportRecords {

    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoExportRecords(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long add(ExportRecord record) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put(AccountingExportEntity.AT_MILLIS, record.at().toEpochMilli());
            row.put(AccountingExportEntity.EXPORTED_BY, record.by());
            row.put(AccountingExportEntity.FORMAT, record.format().name());
            row.put(AccountingExportEntity.FIRST_DAY, record.period().first().toEpochDay());
            row.put(AccountingExportEntity.LAST_DAY, record.period().last().toEpochDay());
            row.put(AccountingExportEntity.DOCUMENTS, record.documents().size());
            int id = ao.create(AccountingExportEntity.class, row).getID();
            for (ExportedDocument document : record.documents()) {
                ao.create(AccountingExportDocEntity.class, Map.of(AccountingExportDocEntity.EXPORT_ID, id, AccountingExportDocEntity.INVOICE_ID,
                        document.invoiceId(), AccountingExportDocEntity.NUMBER, document.number()));
            }
            return (long) id;
        });
    }

    @Override
    public Page<ExportRecord> list(int offset, int limit) {
        int total = ao.count(AccountingExportEntity.class, Query.select());
        AccountingExportEntity[] rows = ao.find(AccountingExportEntity.class, Query.select()
                .order(AccountingExportEntity.AT_MILLIS + " DESC, ID DESC").offset(offset).limit(limit));
        List<ExportRecord> records = new ArrayList<>();
        for (AccountingExportEntity row : rows) {
            List<ExportedDocument> documents = Arrays.stream(ao.find(AccountingExportDocEntity.class, Query.select()
                            .where(AccountingExportDocEntity.EXPORT_ID + " = ?", row.getID()).order("ID")))
                    .map(doc -> new ExportedDocument(doc.getInvoiceId(), doc.getNumber())).toList();
            records.add(new ExportRecord(row.getID(), Instant.ofEpochMilli(row.getAtMillis()), row.getExportedBy(), ExportFormat.valueOf(row.getFormat()),
                    new DateRange(LocalDate.ofEpochDay(row.getFirstDay()), LocalDate.ofEpochDay(row.getLastDay())), documents));
        }
        return new Page<>(records, offset, limit, total);
    }

    @Override
    public Map<Long, Instant> lastExported(Collection<Long> invoiceIds) {
        List<Long> ids = invoiceIds.stream().distinct().toList();
        Map<Integer, List<Long>> invoicesByExport = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            for (AccountingExportDocEntity doc : ao.find(AccountingExportDocEntity.class, Query.select()
                    .where(AccountingExportDocEntity.INVOICE_ID + " IN (" + marks + ")", chunk.toArray()))) {
                invoicesByExport.computeIfAbsent(doc.getExportId(), k -> new ArrayList<>()).add(doc.getInvoiceId());
            }
        }
        Map<Long, Instant> last = new HashMap<>();
        List<Integer> exports = new ArrayList<>(invoicesByExport.keySet());
        for (int from = 0; from < exports.size(); from += CHUNK) {
            List<Integer> chunk = exports.subList(from, Math.min(exports.size(), from + CHUNK));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            for (AccountingExportEntity export : ao.find(AccountingExportEntity.class, Query.select().where("ID IN (" + marks + ")", chunk.toArray()))) {
                Instant at = Instant.ofEpochMilli(export.getAtMillis());
                invoicesByExport.get(export.getID()).forEach(invoice -> last.merge(invoice, at, (a, b) -> a.isAfter(b) ? a : b));
            }
        }
        return last;
    }
}
