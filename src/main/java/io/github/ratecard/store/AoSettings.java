package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.invoice.InvoicingSettings;
import io.github.ratecard.invoice.PartyDetails;
import java.util.Currency;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.Query;

/** The reporting and the invoicing settings, one row each in RC_SETTING. */
public class AoSettings implements ReportingSettings, InvoicingSettings {

    static final String BASE_CURRENCY = "base-currency";
    static final String REPORTING_ZONE = "reporting-zone";
    private static final String SELLER_NAME = "sellerName";
    private static final String SELLER_COUNTRY = "sellerCountry";
    private static final String FISCAL_YEAR_START = "fiscalYearStart";
    private static final String SELLER_STREET = "sellerStreet";
    private static final String SELLER_CITY = "sellerCity";
    private static final String SELLER_POSTAL_CODE = "sellerPostalCode";
    private static final String SELLER_VAT_ID = "sellerVatId";
    private static final String INVOICE_PATTERN = "invoiceNumberPattern";
    private static final String CREDIT_NOTE_PATTERN = "creditNoteNumberPattern";
    private static final Currency DEFAULT_BASE_CURRENCY = Currency.getInstance("EUR");

    private final ActiveObjects ao;
    private final Supplier<ZoneId> hostDefaultZone;

    /** {@code hostDefaultZone}: the reporting zone until finance sets one. */
    public AoSettings(ActiveObjects ao, Supplier<ZoneId> hostDefaultZone) {
        this.ao = ao;
        this.hostDefaultZone = hostDefaultZone;
    }

    @Override
    public ZoneId reportingZone() {
        SettingEntity setting = find(REPORTING_ZONE);
        return setting == null || setting.getSettingValue() == null ? hostDefaultZone.get() : ZoneId.of(setting.getSettingValue());
    }

    @Override
    public void setReportingZone(ZoneId zone) {
        put(REPORTING_ZONE, zone.getId());
    }

    @Override
    public Currency baseCurrency() {
        SettingEntity setting = find(BASE_CURRENCY);
        return setting == null || setting.getSettingValue() == null ? DEFAULT_BASE_CURRENCY : Currency.getInstance(setting.getSettingValue());
    }

    @Override
    public void setBaseCurrency(Currency currency) {
        put(BASE_CURRENCY, currency.getCurrencyCode());
    }

    @Override
    public String sellerName() {
        SettingEntity setting = find(SELLER_NAME);
        return setting == null || setting.getSettingValue() == null ? "" : setting.getSettingValue();
    }

    @Override
    public void setSellerName(String name) {
        put(SELLER_NAME, name);
    }

    @Override
    public String sellerCountry() {
        SettingEntity setting = find(SELLER_COUNTRY);
        return setting == null || setting.getSettingValue() == null ? "" : setting.getSettingValue();
    }

    @Override
    public void setSellerCountry(String countryCode) {
        put(SELLER_COUNTRY, countryCode);
    }

    @Override
    public java.time.Month fiscalYearStart() {
        SettingEntity setting = find(FISCAL_YEAR_START);
        return setting == null || setting.getSettingValue() == null ? java.time.Month.JANUARY : java.time.Month.valueOf(setting.getSettingValue());
    }

    @Override
    public void setFiscalYearStart(java.time.Month month) {
        put(FISCAL_YEAR_START, month.name());
    }

    @Override
    public PartyDetails sellerDetails() {
        return new PartyDetails(text(SELLER_STREET), text(SELLER_CITY), text(SELLER_POSTAL_CODE), text(SELLER_VAT_ID));
    }

    @Override
    public void setSellerDetails(PartyDetails details) {
        put(SELLER_STREET, details.street());
        put(SELLER_CITY, details.city());
        put(SELLER_POSTAL_CODE, details.postalCode());
        put(SELLER_VAT_ID, details.vatId());
    }

    @Override
    public String invoiceNumberPattern() {
        return text(INVOICE_PATTERN);
    }

    @Override
    public String creditNoteNumberPattern() {
        return text(CREDIT_NOTE_PATTERN);
    }

    @Override
    public void setInvoiceNumberPatterns(String invoicePattern, String creditNotePattern) {
        put(INVOICE_PATTERN, invoicePattern);
        put(CREDIT_NOTE_PATTERN, creditNotePattern);
    }

    private String text(String name) {
        SettingEntity setting = find(name);
        return setting == null || setting.getSettingValue() == null ? "" : setting.getSettingValue();
    }

    private void put(String name, String value) {
        SettingEntity setting = find(name);
        if (setting == null) {
            ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, name, SettingEntity.SETTING_VALUE, value));
        } else {
            setting.setSettingValue(value);
            setting.save();
        }
    }

    private SettingEntity find(String name) {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", name));
        return found.length == 0 ? null : found[0];
    }
}
