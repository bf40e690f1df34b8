package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.invoice.InvoicingSettings;
import io.github.ratecard.invoice.PartyDetails;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.RepricingRequests;
import io.github.ratecard.rates.RateStore;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/** Changes the app's settings: audited; the base currency only while no cost rate exists. */
public final class SettingsService {

    static final String SETTINGS = "settings";

    private final ReportingSettings reporting;
    private final InvoicingSettings invoicing;
    private final RateStore rates;
    private final AuditLog audit;
    private final Transactions transactions;
    private final RepricingRequests repricing;

    public SettingsService(ReportingSettings reporting, InvoicingSettings invoicing, RateStore rates, AuditLog audit,
                           Transactions transactions, RepricingRequests repricing) {
        this.reporting = reporting;
        this.invoicing = invoicing;
        this.rates = rates;
        this.audit = audit;
        this.transactions = transactions;
        this.repricing = repricing;
    }

    public ReportingSettings reporting() {
        return reporting;
    }

    public InvoicingSettings invoicing() {
        return invoicing;
    }

    /** Changes what is given (null leaves a setting as it is). */
    public void change(Currency baseCurrency, ZoneId reportingZone) {
        transactions.inTransaction(() -> {
            Map<String, Object> before = snapshot();
            if (baseCurrency != null && !baseCurrency.equals(reporting.baseCurrency())) {
                if (rates.hasCostRates()) {
                    throw new ConflictException("baseCurrency", "Cost rates exist in " + reporting.baseCurrency() + "; the base currency cannot change");
                }
                reporting.setBaseCurrency(baseCurrency);
            }
            if (reportingZone != null && !reportingZone.equals(reporting.reportingZone())) {
                reporting.setReportingZone(reportingZone);
            }
            Map<String, Object> after = snapshot();
            if (!after.equals(before)) {
                audit.record(SETTINGS, "app", "update", before, after);
                repricing.reprice(AffectedWork.everything("settings changed"));
            }
            return null;
        });
    }

    /** The seller e-invoices name: a name of up to 100 characters and an ISO 3166 country code (null leaves one as it is). */
    public void changeSeller(String name, String countryCode) {
        checkSeller(name, countryCode);
        transactions.inTransaction(() -> {
            Map<String, Object> before = snapshot();
            if (name != null) {
                invoicing.setSellerName(name.strip());
            }
            if (countryCode != null) {
                invoicing.setSellerCountry(countryCode.strip().toUpperCase(java.util.Locale.ROOT));
            }
            Map<String, Object> after = snapshot();
            if (!after.equals(before)) {
                audit.record(SETTINGS, "app", "update", before, after);
            }
            return null;
        });
    }

    /** The seller's address and VAT number on e-invoices, as {@link PartyDetails#with} checked them. */
    public void changeSellerDetails(PartyDetails details) {
        transactions.inTransaction(() -> {
            Map<String, Object> before = snapshot();
            invoicing.setSellerDetails(details);
            Map<String, Object> after = snapshot();
            if (!after.equals(before)) {
                audit.record(SETTINGS, "app", "update", before, after);
            }
            return null;
        });
    }

    /** Refuses a seller name or country code that {@link #changeSeller} would refuse, before anything changes. */
    public static void checkSeller(String name, String countryCode) {
        if (name != null) {
            InvalidInputException.require(!name.isBlank() && name.strip().length() <= InputLimits.SELLER_NAME, "sellerName",
                    "The seller's name has 1 to " + InputLimits.SELLER_NAME + " characters");
        }
        if (countryCode != null) {
            InvalidInputException.require(java.util.Set.of(java.util.Locale.getISOCountries()).contains(countryCode.strip().toUpperCase(
                    java.util.Locale.ROOT)), "sellerCountry", "sellerCountry must be an ISO 3166 country code such as DE, was: " + countryCode);
        }
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("baseCurrency", reporting.baseCurrency().getCurrencyCode());
        map.put("reportingZone", reporting.reportingZone().getId());
        map.put("sellerName", invoicing.sellerName());
        map.put("sellerCountry", invoicing.sellerCountry());
        map.put("sellerStreet", invoicing.sellerDetails().street());
        map.put("sellerCity", invoicing.sellerDetails().city());
        map.put("sellerPostalCode", invoicing.sellerDetails().postalCode());
        map.put("sellerVatId", invoicing.sellerDetails().vatId());
        return map;
    }
}
