package io.github.ratecard.invoice;

/** The settings invoices follow: who issues them and how they are numbered. */
public interface InvoicingSettings {

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
}
