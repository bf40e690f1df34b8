package io.github.ratecard.export;

import io.github.ratecard.domain.PlainText;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An issued invoice or credit note as a UBL 2.1 document following EN 16931, the European
 * e-invoice standard (customization {@value #EN16931}): seller and buyer, the period, VAT on the
 * subtotal at the account's rate (category S, or Z at 0 %), the totals, and one UBL line per
 * invoice line (hours as {@code HUR}, other lines as one unit {@code C62}). A credit note's amounts
 * are written positive, as UBL's credit note expects, and it refers to the invoice it credits.
 * Every text is written through {@link PlainText#clean}: an issue summary from Jira, or a text
 * stored before such characters were refused, never makes the document unreadable as XML.
 */
public final class UblInvoiceWriter implements InvoiceWriter {

    static final String EN16931 = "urn:cen.eu:en16931:2017";
    private static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private final java.util.function.LongFunction<String> numberOfInvoice;

    /** {@code numberOfInvoice} names the invoice a credit note credits. */
    public UblInvoiceWriter(java.util.function.LongFunction<String> numberOfInvoice) {
        this.numberOfInvoice = numberOfInvoice;
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public void write(InvoiceDocument document, OutputStream out) throws IOException {
        Invoice invoice = document.invoice();
        Issuance issuance = invoice.issuance().orElseThrow(() -> new IllegalArgumentException("Only an issued document is an e-invoice"));
        Optional<InvoiceHeader.CreditOf> creditOf = invoice.header().creditOf();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            boolean credit = invoice.kind() == InvoiceKind.CREDIT_NOTE;
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("cac", CAC);
            xml.setPrefix("cbc", CBC);
            xml.setDefaultNamespace(credit ? CREDIT_NOTE_NS : INVOICE_NS);
            xml.writeStartElement(credit ? CREDIT_NOTE_NS : INVOICE_NS, credit ? "CreditNote" : "Invoice");
            xml.writeDefaultNamespace(credit ? CREDIT_NOTE_NS : INVOICE_NS);
            xml.writeNamespace("cac", CAC);
            xml.writeNamespace("cbc", CBC);
            basic(xml, "UBLVersionID", "2.1");
            basic(xml, "CustomizationID", EN16931);
            basic(xml, "ID", issuance.number());
            basic(xml, "IssueDate", issuance.date().toString());
            if (!credit && document.dueDate().isPresent()) {
                basic(xml, "DueDate", document.dueDate().get().toString());
            }
            basic(xml, credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", credit ? "381" : "380");
            if (creditOf.isPresent() && creditOf.get().reason() != null) {
                basic(xml, "Note", creditOf.get().reason());
            }
            basic(xml, "DocumentCurrencyCode", invoice.currency().getCurrencyCode());
            xml.writeStartElement(CAC, "InvoicePeriod");
            basic(xml, "StartDate", invoice.header().period().first().toString());
            basic(xml, "EndDate", invoice.header().period().last().toString());
            xml.writeEndElement();
            if (creditOf.isPresent()) {
                xml.writeStartElement(CAC, "BillingReference");
                xml.writeStartElement(CAC, "InvoiceDocumentReference");
                basic(xml, "ID", numberOfInvoice.apply(creditOf.get().invoiceId()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            party(xml, "AccountingSupplierParty", document.seller());
            party(xml, "AccountingCustomerParty", document.buyer());
            if (!credit && document.paymentDays() != null) {
                xml.writeStartElement(CAC, "PaymentTerms");
                basic(xml, "Note", document.paymentDays() == 0 ? document.words().text("ratecard.export.dueOnReceipt")
                        : document.words().text("ratecard.export.paymentWithin", document.paymentDays()));
                xml.writeEndElement();
            }
            BigDecimal percent = invoice.totals().taxPercent();
            xml.writeStartElement(CAC, "TaxTotal");
            amount(xml, "TaxAmount", invoice.totals().tax(), credit);
            xml.writeStartElement(CAC, "TaxSubtotal");
            amount(xml, "TaxableAmount", invoice.totals().subtotal(), credit);
            amount(xml, "TaxAmount", invoice.totals().tax(), credit);
            taxCategory(xml, "TaxCategory", percent);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(CAC, "LegalMonetaryTotal");
            amount(xml, "LineExtensionAmount", invoice.totals().subtotal(), credit);
            amount(xml, "TaxExclusiveAmount", invoice.totals().subtotal(), credit);
            amount(xml, "TaxInclusiveAmount", invoice.totals().total(), credit);
            amount(xml, "PayableAmount", invoice.totals().total(), credit);
            xml.writeEndElement();
            int id = 1;
            for (InvoiceLine line : invoice.lines()) {
                line(xml, line, id++, credit, percent);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the e-invoice", e);
        }
    }

    private static void line(XMLStreamWriter xml, InvoiceLine line, int id, boolean credit, BigDecimal percent)
            throws XMLStreamException {
        boolean hours = line.kind().billsHours();
        Money amount = credit ? line.amount().negate() : line.amount();
        BigDecimal quantity = credit ? line.quantity().negate() : line.quantity();
        BigDecimal price = line.unitPrice().abs();
        if (!hours) {
            // a discount is one unit at a negative quantity: UBL prices are never negative
            quantity = amount.isNegative() ? BigDecimal.ONE.negate() : BigDecimal.ONE;
            price = amount.toDecimal().abs();
        }
        xml.writeStartElement(CAC, credit ? "CreditNoteLine" : "InvoiceLine");
        basic(xml, "ID", String.valueOf(id));
        xml.writeStartElement(CBC, credit ? "CreditedQuantity" : "InvoicedQuantity");
        xml.writeAttribute("unitCode", hours ? "HUR" : "C62");
        xml.writeCharacters(quantity.toPlainString());
        xml.writeEndElement();
        xml.writeStartElement(CBC, "LineExtensionAmount");
        xml.writeAttribute("currencyID", amount.currency().getCurrencyCode());
        xml.writeCharacters(amount.toDecimal().toPlainString());
        xml.writeEndElement();
        xml.writeStartElement(CAC, "Item");
        basic(xml, "Name", firstChars(line.text(), 200));
        taxCategory(xml, "ClassifiedTaxCategory", percent);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "Price");
        xml.writeStartElement(CBC, "PriceAmount");
        xml.writeAttribute("currencyID", amount.currency().getCurrencyCode());
        xml.writeCharacters(price.stripTrailingZeros().toPlainString());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void party(XMLStreamWriter xml, String role, InvoiceDocument.Party party) throws XMLStreamException {
        xml.writeStartElement(CAC, role);
        xml.writeStartElement(CAC, "Party");
        xml.writeStartElement(CAC, "PartyName");
        basic(xml, "Name", party.name());
        xml.writeEndElement();
        xml.writeStartElement(CAC, "PostalAddress");
        optional(xml, "StreetName", party.details().street());
        optional(xml, "CityName", party.details().city());
        optional(xml, "PostalZone", party.details().postalCode());
        xml.writeStartElement(CAC, "Country");
        basic(xml, "IdentificationCode", party.countryCode().isEmpty() ? "ZZ" : party.countryCode());
        xml.writeEndElement();
        xml.writeEndElement();
        if (!party.details().vatId().isEmpty()) {
            xml.writeStartElement(CAC, "PartyTaxScheme");
            basic(xml, "CompanyID", party.details().vatId());
            xml.writeStartElement(CAC, "TaxScheme");
            basic(xml, "ID", "VAT");
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeStartElement(CAC, "PartyLegalEntity");
        basic(xml, "RegistrationName", party.name());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void taxCategory(XMLStreamWriter xml, String element, BigDecimal percent) throws XMLStreamException {
        xml.writeStartElement(CAC, element);
        basic(xml, "ID", percent.signum() == 0 ? "Z" : "S");
        basic(xml, "Percent", percent.stripTrailingZeros().toPlainString());
        xml.writeStartElement(CAC, "TaxScheme");
        basic(xml, "ID", "VAT");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void amount(XMLStreamWriter xml, String element, Money money, boolean credit) throws XMLStreamException {
        Money shown = credit ? money.negate() : money;
        xml.writeStartElement(CBC, element);
        xml.writeAttribute("currencyID", shown.currency().getCurrencyCode());
        xml.writeCharacters(shown.toDecimal().toPlainString());
        xml.writeEndElement();
    }

    private static void optional(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        if (!value.isEmpty()) {
            basic(xml, element, value);
        }
    }

    private static void basic(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(CBC, element);
        xml.writeCharacters(value == null ? "" : PlainText.clean(value));
        xml.writeEndElement();
    }

    /** At most {@code max} characters, never cutting a character outside the BMP in half. */
    static String firstChars(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
