package io.github.ratecard.export;

import io.github.ratecard.domain.PlainText;
import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.EInvoiceParts;
import io.github.ratecard.einvoice.ElectronicAddress;
import io.github.ratecard.einvoice.SellerEInvoicing;
import io.github.ratecard.einvoice.VatBreakdown;
import io.github.ratecard.einvoice.VatCategory;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An issued invoice or credit note as a UBL 2.1 document following EN 16931, the European e-invoice standard, in the
 * form of Peppol BIS Billing 3.0 (customization {@value EInvoiceParts#PEPPOL_CUSTOMIZATION}), or of XRechnung 3.0 for
 * an account that asks for it: seller and buyer with their electronic addresses, the buyer's and the order reference,
 * the period, payment by credit transfer to the seller's IBAN, the VAT breakdown per category and rate (with the
 * exemption reason a category needs; a line of finance's own or an expense may have a VAT of its own), the totals, and one UBL line per invoice line (hours as {@code HUR}, other lines
 * as one unit {@code C62}). A credit note's amounts are written positive, as UBL's credit note expects, and it refers
 * to the invoice it credits. Every text is written through {@link PlainText#clean}: an issue summary from Jira, or a
 * text stored before such characters were refused, never makes the document unreadable as XML. Elements are written
 * in the order the UBL schema's sequences require.
 */
public final class UblInvoiceWriter implements InvoiceWriter {

    static final String EN16931 = "urn:cen.eu:en16931:2017";
    private static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    /** UNCL 4461: SEPA credit transfer. */
    private static final String CREDIT_TRANSFER = "58";

    private final java.util.function.LongFunction<String> numberOfInvoice;
    private final Function<Invoice, EInvoiceParts> partsOf;

    /** {@code numberOfInvoice} names the invoice a credit note credits; {@code partsOf} gives the e-invoice terms a document is written with. */
    public UblInvoiceWriter(java.util.function.LongFunction<String> numberOfInvoice, Function<Invoice, EInvoiceParts> partsOf) {
        this.numberOfInvoice = numberOfInvoice;
        this.partsOf = partsOf;
    }

    /** A writer without e-invoice terms: no references, addresses or bank account. */
    public UblInvoiceWriter(java.util.function.LongFunction<String> numberOfInvoice) {
        this(numberOfInvoice, invoice -> EInvoiceParts.none(invoice.accountKey()));
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
        EInvoiceParts parts = partsOf.apply(invoice);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            boolean credit = invoice.kind() == InvoiceKind.CREDIT_NOTE;
            VatBreakdown.VatClass vat = vatClass(invoice, parts.buyer());
            VatBreakdown breakdown = breakdown(invoice, vat, credit);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("cac", CAC);
            xml.setPrefix("cbc", CBC);
            xml.setDefaultNamespace(credit ? CREDIT_NOTE_NS : INVOICE_NS);
            xml.writeStartElement(credit ? CREDIT_NOTE_NS : INVOICE_NS, credit ? "CreditNote" : "Invoice");
            xml.writeDefaultNamespace(credit ? CREDIT_NOTE_NS : INVOICE_NS);
            xml.writeNamespace("cac", CAC);
            xml.writeNamespace("cbc", CBC);
            basic(xml, "CustomizationID", parts.customizationId());
            basic(xml, "ProfileID", EInvoiceParts.PEPPOL_PROFILE);
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
            optional(xml, "BuyerReference", parts.buyer().buyerReference());
            xml.writeStartElement(CAC, "InvoicePeriod");
            basic(xml, "StartDate", invoice.header().period().first().toString());
            basic(xml, "EndDate", invoice.header().period().last().toString());
            xml.writeEndElement();
            if (!parts.buyer().orderReference().isEmpty()) {
                xml.writeStartElement(CAC, "OrderReference");
                basic(xml, "ID", parts.buyer().orderReference());
                xml.writeEndElement();
            }
            if (creditOf.isPresent()) {
                xml.writeStartElement(CAC, "BillingReference");
                xml.writeStartElement(CAC, "InvoiceDocumentReference");
                basic(xml, "ID", numberOfInvoice.apply(creditOf.get().invoiceId()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            boolean vatIds = !vat.category().outsideScope();
            party(xml, "AccountingSupplierParty", document.seller(), parts.seller().endpoint(), vatIds, parts.seller());
            party(xml, "AccountingCustomerParty", document.buyer(), parts.buyer().endpoint(), vatIds, null);
            if (vat.category() == VatCategory.K) {
                delivery(xml, document.buyer().countryCode());
            }
            paymentMeans(xml, parts.seller(), issuance.number(), document.seller().name());
            if (!credit && document.paymentDays() != null) {
                xml.writeStartElement(CAC, "PaymentTerms");
                basic(xml, "Note", document.paymentDays() == 0 ? document.words().text("ratecard.export.dueOnReceipt")
                        : document.words().text("ratecard.export.paymentWithin", document.paymentDays()));
                xml.writeEndElement();
            }
            taxTotal(xml, breakdown);
            Money subtotal = credit ? invoice.totals().subtotal().negate() : invoice.totals().subtotal();
            xml.writeStartElement(CAC, "LegalMonetaryTotal");
            amount(xml, "LineExtensionAmount", subtotal);
            amount(xml, "TaxExclusiveAmount", subtotal);
            amount(xml, "TaxInclusiveAmount", subtotal.plus(breakdown.tax()));
            amount(xml, "PayableAmount", subtotal.plus(breakdown.tax()));
            xml.writeEndElement();
            int id = 1;
            for (InvoiceLine line : invoice.lines()) {
                line(xml, line, id++, credit, vatClass(line, vat));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the e-invoice", e);
        }
    }

    /** The VAT category and rate of the document's lines: the account's rate, in finance's category or the one the rate implies. */
    static VatBreakdown.VatClass vatClass(Invoice invoice, BuyerEInvoicing buyer) {
        BigDecimal percent = invoice.totals().taxPercent();
        return new VatBreakdown.VatClass(buyer.categoryAt(percent), percent, buyer.exemptionReasonCode(), buyer.exemptionReason());
    }

    /** A line's own VAT category and rate (a reduced rate, zero rated, exempt with its reason), else the document's. */
    static VatBreakdown.VatClass vatClass(InvoiceLine line, VatBreakdown.VatClass document) {
        return line.vat().map(own -> new VatBreakdown.VatClass(VatCategory.valueOf(own.category()), own.percent(), "", own.reason())).orElse(document);
    }

    private static VatBreakdown breakdown(Invoice invoice, VatBreakdown.VatClass vat, boolean credit) {
        List<VatBreakdown.TaxedAmount> amounts = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            amounts.add(new VatBreakdown.TaxedAmount(vatClass(line, vat), credit ? line.amount().negate() : line.amount()));
        }
        if (amounts.isEmpty()) {
            amounts.add(new VatBreakdown.TaxedAmount(vat, Money.zero(invoice.currency())));
        }
        return VatBreakdown.of(amounts, invoice.currency());
    }

    private static void taxTotal(XMLStreamWriter xml, VatBreakdown breakdown) throws XMLStreamException {
        xml.writeStartElement(CAC, "TaxTotal");
        amount(xml, "TaxAmount", breakdown.tax());
        for (VatBreakdown.Group group : breakdown.groups()) {
            xml.writeStartElement(CAC, "TaxSubtotal");
            amount(xml, "TaxableAmount", group.taxable());
            amount(xml, "TaxAmount", group.tax());
            taxCategory(xml, "TaxCategory", group.vat(), true);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void line(XMLStreamWriter xml, InvoiceLine line, int id, boolean credit, VatBreakdown.VatClass vat)
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
        amount(xml, "LineExtensionAmount", amount);
        xml.writeStartElement(CAC, "Item");
        basic(xml, "Name", firstChars(line.text(), 200));
        taxCategory(xml, "ClassifiedTaxCategory", vat, false);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "Price");
        xml.writeStartElement(CBC, "PriceAmount");
        xml.writeAttribute("currencyID", amount.currency().getCurrencyCode());
        xml.writeCharacters(price.stripTrailingZeros().toPlainString());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void party(XMLStreamWriter xml, String role, InvoiceDocument.Party party, ElectronicAddress endpoint, boolean vatId,
                              SellerEInvoicing contact) throws XMLStreamException {
        xml.writeStartElement(CAC, role);
        xml.writeStartElement(CAC, "Party");
        if (!endpoint.isEmpty()) {
            xml.writeStartElement(CBC, "EndpointID");
            xml.writeAttribute("schemeID", endpoint.scheme());
            xml.writeCharacters(PlainText.clean(endpoint.id()));
            xml.writeEndElement();
        }
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
        if (vatId && !party.details().vatId().isEmpty()) {
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
        if (contact != null && !(contact.contactName() + contact.contactPhone() + contact.contactEmail()).isEmpty()) {
            xml.writeStartElement(CAC, "Contact");
            optional(xml, "Name", contact.contactName());
            optional(xml, "Telephone", contact.contactPhone());
            optional(xml, "ElectronicMail", contact.contactEmail());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Where an intra-community supply goes (BR-IC-12): the buyer's country. */
    private static void delivery(XMLStreamWriter xml, String countryCode) throws XMLStreamException {
        xml.writeStartElement(CAC, "Delivery");
        xml.writeStartElement(CAC, "DeliveryLocation");
        xml.writeStartElement(CAC, "Address");
        xml.writeStartElement(CAC, "Country");
        basic(xml, "IdentificationCode", countryCode.isEmpty() ? "ZZ" : countryCode);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Payment by credit transfer to the seller's account, the document's number as the remittance information; nothing without an IBAN. */
    private static void paymentMeans(XMLStreamWriter xml, SellerEInvoicing seller, String number, String sellerName) throws XMLStreamException {
        if (seller.iban().isEmpty()) {
            return;
        }
        xml.writeStartElement(CAC, "PaymentMeans");
        basic(xml, "PaymentMeansCode", CREDIT_TRANSFER);
        basic(xml, "PaymentID", number);
        xml.writeStartElement(CAC, "PayeeFinancialAccount");
        basic(xml, "ID", seller.iban());
        basic(xml, "Name", sellerName);
        if (!seller.bic().isEmpty()) {
            xml.writeStartElement(CAC, "FinancialInstitutionBranch");
            basic(xml, "ID", seller.bic());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void taxCategory(XMLStreamWriter xml, String element, VatBreakdown.VatClass vat, boolean withReason) throws XMLStreamException {
        xml.writeStartElement(CAC, element);
        basic(xml, "ID", vat.category().code());
        if (!vat.category().outsideScope() || vat.percent().signum() != 0) {
            basic(xml, "Percent", vat.percent().stripTrailingZeros().toPlainString());
        }
        if (withReason) {
            optional(xml, "TaxExemptionReasonCode", vat.reasonCode());
            optional(xml, "TaxExemptionReason", vat.reason());
        }
        xml.writeStartElement(CAC, "TaxScheme");
        basic(xml, "ID", "VAT");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void amount(XMLStreamWriter xml, String element, Money money) throws XMLStreamException {
        xml.writeStartElement(CBC, element);
        xml.writeAttribute("currencyID", money.currency().getCurrencyCode());
        xml.writeCharacters(money.toDecimal().toPlainString());
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
