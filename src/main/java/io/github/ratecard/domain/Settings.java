package io.github.ratecard.domain;

import java.util.Currency;

/** App-wide settings finance can change. */
public interface Settings {

    /** The one currency cost rates are kept in (default EUR). */
    Currency baseCurrency();

    void setBaseCurrency(Currency currency);

    /** The time zone whose calendar days worklogs are reported on (default: the host's default user time zone). */
    java.time.ZoneId reportingZone();

    void setReportingZone(java.time.ZoneId zone);

    /** The seller's name on e-invoices (the company issuing them); empty until finance sets it. */
    String sellerName();

    void setSellerName(String name);

    /** The seller's ISO 3166 country code on e-invoices, e.g. DE; empty until finance sets it. */
    String sellerCountry();

    void setSellerCountry(String countryCode);

    /** The seller's address and VAT number on e-invoices; empty texts until finance sets them. */
    PartyDetails sellerDetails();

    void setSellerDetails(PartyDetails details);

    /** The pattern of the next invoice numbers, e.g. {@code {prefix}-{yyyy}-{seq:4}}; empty until finance sets one. */
    String invoiceNumberPattern();

    /** The pattern of the next credit-note numbers; empty until finance sets one. */
    String creditNoteNumberPattern();

    void setInvoiceNumberPatterns(String invoicePattern, String creditNotePattern);

    /** The month the organisation's year starts in, which budgets per quarter or year follow (default January). */
    java.time.Month fiscalYearStart();

    void setFiscalYearStart(java.time.Month month);
}
