package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.app.FiscalYearService;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.invoice.InvoiceNumbering;
import io.github.ratecard.invoice.NumberAllocator;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.app.SettingsService;
import io.github.ratecard.rest.RequestBodies.SettingsBody;
import java.time.DateTimeException;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /settings}: the base currency cost rates are kept in, the reporting time zone, the seller
 * e-invoices name, the fiscal year and the invoice numbers' patterns. Finance only.
 */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SettingsResource {

    private final SettingsService settings;
    private final FiscalYearService fiscalYear;
    private final NumberAllocator numbers;
    private final Transactions transactions;
    private final AccessPolicy access;
    private final SecureAdminSession secureSession;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public SettingsResource(SettingsService settings, FiscalYearService fiscalYear, NumberAllocator numbers, Transactions transactions,
                            AccessPolicy access, SecureAdminSession secureSession) {
        this.settings = settings;
        this.fiscalYear = fiscalYear;
        this.numbers = numbers;
        this.transactions = transactions;
        this.access = access;
        this.secureSession = secureSession;
    }

    /**
     * The app's settings: base currency, reporting time zone, seller, fiscal year start and the invoice and credit-note number patterns.
     */
    @GET
    public Documents.SettingsDoc get() {
        access.requireFinance();
        secureSession.require(httpRequest);
        return document();
    }

    /**
     * Changes the fields given, in one transaction: a field refused refuses them all. The base
     * currency can change only while no cost rate exists.
     */
    @PUT
    public Documents.SettingsDoc update(SettingsBody body) {
        access.requireFinance();
        secureSession.require(httpRequest);
        Inputs.body(body);
        SettingsService.checkSeller(body.sellerName(), body.sellerCountry());
        Month firstMonth = body.fiscalYearStart() == null ? null : month(body.fiscalYearStart());
        Currency baseCurrency = body.baseCurrency() == null ? null : currency(body.baseCurrency());
        boolean sellerDetailsGiven = body.sellerStreet() != null || body.sellerCity() != null || body.sellerPostalCode() != null
                || body.sellerVatId() != null;
        if (sellerDetailsGiven) {
            // refused here, before anything changes; merged with the stored details in the transaction below
            io.github.ratecard.invoice.PartyDetails.NONE.with("seller", body.sellerStreet(), body.sellerCity(), body.sellerPostalCode(),
                    body.sellerVatId());
        }
        ZoneId zone = body.reportingZone() == null ? null : zone(body.reportingZone());
        transactions.inTransaction(() -> {
            InvoiceNumbering numbering = body.invoiceNumberPattern() == null && body.creditNoteNumberPattern() == null ? null
                    : numbers.numbering().with(body.invoiceNumberPattern(), body.creditNoteNumberPattern());
            settings.change(baseCurrency, zone);
            settings.changeSeller(body.sellerName(), body.sellerCountry());
            if (sellerDetailsGiven) {
                settings.changeSellerDetails(settings.invoicing().sellerDetails().with("seller", body.sellerStreet(), body.sellerCity(),
                        body.sellerPostalCode(), body.sellerVatId()));
            }
            if (firstMonth != null) {
                fiscalYear.change(firstMonth);
            }
            if (numbering != null) {
                numbers.changeNumbering(numbering);
            }
            return null;
        });
        return document();
    }

    private Documents.SettingsDoc document() {
        return new Documents.SettingsDoc(settings.reporting().baseCurrency().getCurrencyCode(), settings.reporting().reportingZone().getId(),
                settings.invoicing().sellerName(), settings.invoicing().sellerCountry(), fiscalYear.current().name(),
                numbers.numbering().invoicePattern(), numbers.numbering().creditNotePattern(), settings.invoicing().sellerDetails().street(),
                settings.invoicing().sellerDetails().city(), settings.invoicing().sellerDetails().postalCode(),
                settings.invoicing().sellerDetails().vatId());
    }

    /** A month by its English name ({@code APRIL}) or number ({@code 4}). */
    private static Month month(String value) {
        String given = value.trim();
        try {
            return given.matches("\\d{1,2}") ? Month.of(Integer.parseInt(given)) : Month.valueOf(given.toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException("fiscalYearStart", "fiscalYearStart is a month such as APRIL or 4, was: " + value);
        }
    }

    private static Currency currency(String code) {
        try {
            return Currencies.of(code.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("baseCurrency", e.getMessage());
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException("reportingZone", "reportingZone must be a time zone such as Europe/Berlin, was: " + id);
        }
    }
}
