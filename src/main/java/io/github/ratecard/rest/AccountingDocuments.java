package io.github.ratecard.rest;

import io.github.ratecard.accounting.AccountingExport;
import io.github.ratecard.accounting.AccountingSettings;
import io.github.ratecard.accounting.DatevFile;
import io.github.ratecard.accounting.ExportDocument;
import io.github.ratecard.accounting.ExportRecord;
import io.github.ratecard.domain.Page;
import java.util.List;
import java.util.Map;

/** The JSON documents of {@code /accounting}: settings, an export's preview, the history of exports. */
final class AccountingDocuments {

    private AccountingDocuments() {
    }

    record Revenue(String taxRate, String account, String buKey, String taxAccount) {
    }

    record Debtor(String accountKey, String account) {
    }

    record Column(String field, String heading) {
    }

    /** The settings; in a PUT, a field left out keeps its value. */
    record Settings(Integer consultantNumber, Integer clientNumber, Integer fiscalYearStart, Integer accountLength, String skr, List<Revenue> revenueAccounts,
                    String defaultDebtorAccount, List<Debtor> debtorAccounts, List<Column> journalColumns) {

        static Settings of(AccountingSettings settings) {
            return new Settings(settings.consultantNumber(), settings.clientNumber(), settings.fiscalYearStart().getValue(), settings.accountLength(),
                    settings.skr(), settings.revenueAccounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new Revenue(e.getKey(), e.getValue().account(), e.getValue().buKey(), e.getValue().taxAccount())).toList(),
                    settings.defaultDebtorAccount(), settings.debtorAccounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new Debtor(e.getKey(), e.getValue())).toList(),
                    settings.journalColumns().stream().map(c -> new Column(c.field().name(), c.heading())).toList());
        }
    }

    record Document(long invoiceId, String number, String kind, String status, String issued, String accountKey, String total, String currency,
                    String exportedBefore) {

        static Document of(ExportDocument document) {
            return new Document(document.invoiceId(), document.number(), document.kind().name(), document.status().name(), document.issued().toString(),
                    document.accountKey(), document.total().toDecimal().toPlainString(), document.total().currency().getCurrencyCode(),
                    document.exportedBefore().map(Object::toString).orElse(null));
        }
    }

    /** What an export holds: its documents (each with when it was exported before, if it was), bookings or journal lines, notes. */
    record Preview(String format, String from, String to, String fileName, List<Document> documents, int bookings, long reExported, List<String> notes) {

        static Preview of(AccountingExport export, int bookings) {
            return new Preview(export.format().parameter(), export.period().first().toString(), export.period().last().toString(), export.fileName(),
                    export.documents().stream().map(Document::of).toList(), bookings, export.reExported(), export.notes());
        }

        static int datevBookings(AccountingExport export) {
            return DatevFile.bookings(export.postings());
        }
    }

    record Exported(long invoiceId, String number) {
    }

    record Export(long id, String at, String by, String format, String from, String to, List<Exported> documents) {

        static Export of(ExportRecord record) {
            return new Export(record.id(), record.at().toString(), record.by(), record.format().parameter(), record.period().first().toString(),
                    record.period().last().toString(), record.documents().stream().map(d -> new Exported(d.invoiceId(), d.number())).toList());
        }
    }

    record History(List<Export> items, int offset, int limit, long total) {

        static History of(Page<ExportRecord> page) {
            return new History(page.items().stream().map(Export::of).toList(), page.offset(), page.limit(), page.total());
        }
    }
}
