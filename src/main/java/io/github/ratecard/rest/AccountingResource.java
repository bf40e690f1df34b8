package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.accounting.AccountingExport;
import io.github.ratecard.accounting.AccountingExports;
import io.github.ratecard.accounting.AccountingSettings;
import io.github.ratecard.accounting.DatevFile;
import io.github.ratecard.accounting.ExportFormat;
import io.github.ratecard.accounting.Journal;
import io.github.ratecard.accounting.JournalColumn;
import io.github.ratecard.accounting.JournalCsvWriter;
import io.github.ratecard.accounting.JournalField;
import io.github.ratecard.accounting.JournalXlsxWriter;
import io.github.ratecard.accounting.PostingWords;
import io.github.ratecard.accounting.RevenueAccount;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.export.DownloadName;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/**
 * {@code /accounting}: finance's accounting exports of the documents issued in a period, as a DATEV booking batch
 * ({@code format=datev}) or the generic journal ({@code csv}, {@code xlsx}); their preview, their history and the
 * settings. A download is recorded as an export (who, when, format, period, documents); a document exported before is
 * exported again and said so (in the preview, and in the download's {@value #REEXPORTED} header). Finance only.
 */
@Path("accounting")
@LicensedOnly
public class AccountingResource {

    static final String REEXPORTED = "X-Ratecard-Reexported";
    static final String EXPORT_ID = "X-Ratecard-Export";

    private final AccountingExports exports;
    private final AccessPolicy access;

    @Inject
    public AccountingResource(AccountingExports exports, AccessPolicy access) {
        this.exports = exports;
        this.access = access;
    }

    /**
     * The accounting export settings: the DATEV consultant and client numbers, the fiscal year,
     * the chart of accounts with the revenue and debtor accounts, and the journal's columns.
     */
    @GET
    @Path("settings")
    @Produces(MediaType.APPLICATION_JSON)
    public AccountingDocuments.Settings settings() {
        access.requireFinance();
        return AccountingDocuments.Settings.of(exports.settings());
    }

    /**
     * Changes the accounting export settings the body gives (a field left
     * out keeps its value; a consultant or client number of 0 removes it);
     * a wrong field is refused and nothing changes.
     */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AccountingDocuments.Settings update(AccountingDocuments.Settings body) {
        access.requireFinance();
        Inputs.body(body);
        AccountingSettings current = exports.settings();
        Month fiscalYearStart = current.fiscalYearStart();
        if (body.fiscalYearStart() != null) {
            InvalidInputException.require(body.fiscalYearStart() >= 1 && body.fiscalYearStart() <= 12, "fiscalYearStart",
                    "fiscalYearStart is the month the fiscal year starts in, from 1 to 12", Refusal.of(Refusal.Reason.OUT_OF_RANGE, 1, 12));
            fiscalYearStart = Month.of(body.fiscalYearStart());
        }
        AccountingSettings changed = new AccountingSettings(
                number(body.consultantNumber(), current.consultantNumber()), number(body.clientNumber(), current.clientNumber()), fiscalYearStart,
                body.accountLength() != null ? body.accountLength() : current.accountLength(), body.skr() != null ? body.skr().strip() : current.skr(),
                body.revenueAccounts() != null ? revenue(body.revenueAccounts()) : current.revenueAccounts(),
                body.defaultDebtorAccount() != null ? body.defaultDebtorAccount().strip() : current.defaultDebtorAccount(),
                body.debtorAccounts() != null ? debtors(body.debtorAccounts()) : current.debtorAccounts(),
                body.journalColumns() != null ? columns(body.journalColumns()) : current.journalColumns());
        return AccountingDocuments.Settings.of(exports.updateSettings(changed));
    }

    /** A DATEV number as the body gives it: left out keeps the current one, 0 removes it. */
    private static Integer number(Integer given, Integer current) {
        return given == null ? current : given == 0 ? null : given;
    }

    /** What an export of the period would hold, recording nothing. */
    @GET
    @Path("preview")
    @Produces(MediaType.APPLICATION_JSON)
    public AccountingDocuments.Preview preview(@QueryParam("format") String format, @QueryParam("from") String from, @QueryParam("to") String to,
                                               @QueryParam("lang") String lang) {
        access.requireFinance();
        ExportFormat chosen = format(format);
        AccountingExport export = exports.preview(chosen, AccountingExports.period(from, to), locale(lang, chosen));
        return AccountingDocuments.Preview.of(export, bookings(export));
    }

    /** The export of the period as a file, recorded; CSV options as the other exports' ({@code bom}, {@code separator}, {@code decimal}). */
    @GET
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("lang") String lang, @QueryParam("bom") @DefaultValue("false") boolean bom,
                           @QueryParam("separator") @DefaultValue(",") String separator, @QueryParam("decimal") @DefaultValue("point") String decimal) {
        access.requireFinance();
        ExportFormat chosen = format(format);
        DateRange period = AccountingExports.period(from, to);
        Locale locale = locale(lang, chosen);
        StreamingOutput body;
        String mediaType;
        JournalCsvWriter csv = chosen == ExportFormat.JOURNAL_CSV ? csvWriter(bom, separator, decimal) : null;
        AccountingExport export = exports.export(chosen, period, locale);
        PostingWords words = PostingWords.of(locale);
        switch (chosen) {
            case DATEV -> {
                body = out -> DatevFile.write(export.batch(), export.postings(), words, out);
                mediaType = DatevFile.MEDIA_TYPE;
            }
            case JOURNAL_CSV -> {
                body = out -> csv.write(export.columns(), Journal.of(export.postings()), out);
                mediaType = csv.mediaType();
            }
            default -> {
                JournalXlsxWriter xlsx = new JournalXlsxWriter();
                body = out -> xlsx.write(export.columns(), Journal.of(export.postings()), out);
                mediaType = xlsx.mediaType();
            }
        }
        String fileName = chosen == ExportFormat.DATEV ? export.fileName()
                : DownloadName.sanitize(export.fileName().substring(0, export.fileName().lastIndexOf('.')), chosen.parameter());
        return Response.ok(body, mediaType).header("Content-Disposition", DownloadName.contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .header(EXPORT_ID, export.recordId()).header(REEXPORTED, export.reExported()).build();
    }

    /** The exports made, newest first. */
    @GET
    @Path("exports")
    @Produces(MediaType.APPLICATION_JSON)
    public AccountingDocuments.History history(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        access.requireFinance();
        return AccountingDocuments.History.of(exports.history(offset, limit));
    }

    private static ExportFormat format(String format) {
        return ExportFormat.ofParameter(format).orElseThrow(() -> new InvalidInputException("format", "format must be datev, csv or xlsx, was: " + format));
    }

    /** The words of booking texts: German for DATEV unless asked otherwise, English for the journal. */
    private static Locale locale(String lang, ExportFormat format) {
        if (lang == null || lang.isBlank()) {
            return format == ExportFormat.DATEV ? Locale.GERMAN : Locale.ENGLISH;
        }
        return Locale.forLanguageTag(lang.strip());
    }

    private static int bookings(AccountingExport export) {
        return export.format() == ExportFormat.DATEV ? DatevFile.bookings(export.postings()) : Journal.of(export.postings()).size();
    }

    private static JournalCsvWriter csvWriter(boolean bom, String separator, String decimal) {
        char separatorSign = ExportFormats.separator(separator);
        char decimalSign = ExportFormats.decimalSign(decimal);
        InvalidInputException.require(separatorSign != decimalSign, "decimal", "The decimal sign must differ from the separator: with decimal=comma"
                + " choose separator=semicolon (or tab, pipe)");
        return new JournalCsvWriter(bom, separatorSign, decimalSign);
    }

    private static Map<String, RevenueAccount> revenue(List<AccountingDocuments.Revenue> rows) {
        Map<String, RevenueAccount> accounts = new LinkedHashMap<>();
        for (AccountingDocuments.Revenue row : rows) {
            InvalidInputException.require(row != null && row.taxRate() != null, "revenueAccounts", "Each revenue account names its taxRate, e.g. 19",
                    Refusal.of(Refusal.Reason.REQUIRED));
            InvalidInputException.require(accounts.put(row.taxRate().strip(), new RevenueAccount(row.account(), row.buKey(), row.taxAccount())) == null,
                    "revenueAccounts", "The tax rate " + row.taxRate() + " % is given twice", Refusal.of(Refusal.Reason.GIVEN_TWICE, row.taxRate().strip() + " %"));
        }
        return accounts;
    }

    private static Map<String, String> debtors(List<AccountingDocuments.Debtor> rows) {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (AccountingDocuments.Debtor row : rows) {
            InvalidInputException.require(row != null && row.accountKey() != null, "debtorAccounts", "Each debtor account names its accountKey",
                    Refusal.of(Refusal.Reason.REQUIRED));
            InvalidInputException.require(accounts.put(row.accountKey().strip(), row.account() == null ? null : row.account().strip()) == null,
                    "debtorAccounts", "The client account " + row.accountKey() + " is given twice", Refusal.of(Refusal.Reason.GIVEN_TWICE, row.accountKey().strip()));
        }
        return accounts;
    }

    private static List<JournalColumn> columns(List<AccountingDocuments.Column> rows) {
        return rows.stream().map(row -> {
            InvalidInputException.require(row != null, "journalColumns", "Each journal column names its field", Refusal.of(Refusal.Reason.REQUIRED));
            return new JournalColumn(Inputs.requiredEnum(JournalField.class, row.field(), "journalColumns"), row.heading());
        }).toList();
    }
}
