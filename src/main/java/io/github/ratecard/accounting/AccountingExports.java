package io.github.ratecard.accounting;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finance's accounting exports: the settings (audited), an export of a period's issued documents as a DATEV booking
 * batch or the generic journal (recorded with who, when, format, period and documents), its preview (recorded nothing),
 * and the history. A period is at most a year; a DATEV period lies in one fiscal year. Only finance may do any of it.
 */
public final class AccountingExports {

    public static final String AUDIT_TYPE = "accounting-settings";

    private final AccountingSettingsStore settings;
    private final ExportRecords records;
    private final IssuedDocuments issued;
    private final InvoiceStore invoices;
    private final ReportingSettings reporting;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public AccountingExports(AccountingSettingsStore settings, ExportRecords records, IssuedDocuments issued, InvoiceStore invoices,
                             ReportingSettings reporting, AccessPolicy access, AuditLog audit, Transactions transactions, Clock clock) {
        this.settings = settings;
        this.records = records;
        this.issued = issued;
        this.invoices = invoices;
        this.reporting = reporting;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AccountingSettings settings() {
        access.requireFinance();
        return settings.load();
    }

    public AccountingSettings updateSettings(AccountingSettings changed) {
        access.requireFinance();
        return transactions.inTransaction(() -> {
            AccountingSettings before = settings.load();
            settings.save(changed);
            audit.record(AUDIT_TYPE, "accounting", "update", AccountingSettingsSnapshot.of(before), AccountingSettingsSnapshot.of(changed));
            return changed;
        });
    }

    /** The export as it would be made, recording nothing. */
    public AccountingExport preview(ExportFormat format, DateRange period, Locale locale) {
        access.requireFinance();
        return build(0, format, period, locale);
    }

    /** The export, recorded with its documents before it is written. */
    public AccountingExport export(ExportFormat format, DateRange period, Locale locale) {
        access.requireFinance();
        String by = access.currentViewer().orElseThrow().userKey();
        return transactions.inTransaction(() -> {
            AccountingExport built = build(0, format, period, locale);
            List<ExportedDocument> documents = built.documents().stream().map(d -> new ExportedDocument(d.invoiceId(), d.number())).toList();
            long id = records.add(new ExportRecord(0, clock.instant(), by, format, period, documents));
            return new AccountingExport(id, built.format(), built.period(), built.documents(), built.postings(), built.batch(), built.columns(),
                    built.notes());
        });
    }

    public Page<ExportRecord> history(int offset, int limit) {
        access.requireFinance();
        InvalidInputException.require(offset >= 0, "offset", "offset must be 0 or more");
        InvalidInputException.require(limit >= 1 && limit <= InputLimits.ACCOUNTING_EXPORTS_PAGE, "limit", "limit must be between 1 and "
                + InputLimits.ACCOUNTING_EXPORTS_PAGE);
        return records.list(offset, limit);
    }

    /** When each of these documents was last exported; for the invoices list's flag. */
    public Map<Long, Instant> exportedBefore(Collection<Long> invoiceIds) {
        return invoiceIds.isEmpty() ? Map.of() : records.lastExported(invoiceIds);
    }

    /** The period from–to (ISO days, both included, at most a year), or a refusal naming from or to. */
    public static DateRange period(String from, String to) {
        LocalDate first = day(from, "from");
        LocalDate last = day(to, "to");
        InvalidInputException.require(!last.isBefore(first), "to", "to must not be before from");
        InvalidInputException.require(last.isBefore(first.plusYears(1)), "to", "An accounting export covers at most a year: end it by "
                + first.plusYears(1).minusDays(1));
        return new DateRange(first, last);
    }

    private static LocalDate day(String value, String field) {
        InvalidInputException.require(value != null && !value.isBlank(), field, field + " is required, a day such as 2026-11-01");
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a day such as 2026-11-01, was: " + value);
        }
    }

    private AccountingExport build(long id, ExportFormat format, DateRange period, Locale locale) {
        AccountingSettings current = settings.load();
        DatevBatch batch = format == ExportFormat.DATEV ? batch(current, period) : null;
        List<Invoice> documents = issued.issuedBetween(period).stream().map(invoices::require).toList();
        Map<Long, Instant> before = exportedBefore(documents.stream().map(Invoice::id).toList());
        List<Posting> postings = new ArrayList<>();
        List<ExportDocument> shown = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Invoice invoice : documents) {
            List<Posting> booked = Postings.of(invoice, current, reporting.baseCurrency());
            postings.addAll(booked);
            shown.add(new ExportDocument(invoice.id(), invoice.number().orElseThrow(), invoice.kind(), invoice.status(),
                    invoice.issuance().orElseThrow().date(), invoice.accountKey(), invoice.totals().total(), Optional.ofNullable(before.get(invoice.id()))));
            notes.addAll(notes(invoice, booked, format));
        }
        if (format == ExportFormat.DATEV) {
            DatevFile.requireFits(postings);
        }
        return new AccountingExport(id, format, period, shown, postings, batch, current.journalColumns(), notes);
    }

    private DatevBatch batch(AccountingSettings current, DateRange period) {
        InvalidInputException.require(current.consultantNumber() != null, "consultantNumber",
                "Set the DATEV consultant number in the accounting settings before a DATEV export");
        InvalidInputException.require(current.clientNumber() != null, "clientNumber",
                "Set the DATEV client number in the accounting settings before a DATEV export");
        LocalDate yearStart = DatevBatch.fiscalYearOf(period.first(), current.fiscalYearStart());
        InvalidInputException.require(period.last().isBefore(yearStart.plusYears(1)), "to", "A DATEV export lies in one fiscal year, which starts "
                + yearStart + ": end it by " + yearStart.plusYears(1).minusDays(1));
        return new DatevBatch(current.consultantNumber(), current.clientNumber(), yearStart, current.accountLength(), current.skr(), period.first(),
                period.last(), reporting.baseCurrency(), LocalDateTime.ofInstant(clock.instant(), reporting.reportingZone()));
    }

    private static List<String> notes(Invoice invoice, List<Posting> booked, ExportFormat format) {
        List<String> notes = new ArrayList<>();
        String number = invoice.number().orElseThrow();
        if (booked.stream().anyMatch(posting -> posting.inForeignCurrency() && !posting.hasBaseAmounts())) {
            notes.add(number + " is in " + invoice.currency().getCurrencyCode() + " and was issued without an exchange rate: it has no base-currency amount");
        }
        if (format == ExportFormat.DATEV && !DatevFile.documentField(number).equals(number)) {
            notes.add(number + " is written as " + DatevFile.documentField(number) + " in DATEV's document field");
        }
        return notes;
    }
}
