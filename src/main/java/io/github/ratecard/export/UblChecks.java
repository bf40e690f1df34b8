package io.github.ratecard.export;

import io.github.ratecard.einvoice.DocumentChecks;
import io.github.ratecard.einvoice.EInvoiceCheck;
import io.github.ratecard.einvoice.EInvoiceParts;
import io.github.ratecard.einvoice.EInvoiceTerms;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The UBL of an issued invoice or credit note, written as its download is, and what the official rule sets say of it.
 * A page waits at most {@link #PAGE_WAIT} for the answer (see {@link DocumentChecks}); a draft is no e-invoice yet and
 * is never checked.
 */
public final class UblChecks {

    /** The longest a page or a REST call waits for a check before it answers "loading" or "checking". */
    public static final Duration PAGE_WAIT = Duration.ofSeconds(3);

    private final InvoiceDocuments documents;
    private final EInvoiceTerms terms;
    private final InvoiceStore invoices;
    private final DocumentChecks checks;

    public UblChecks(InvoiceDocuments documents, EInvoiceTerms terms, InvoiceStore invoices, DocumentChecks checks) {
        this.documents = documents;
        this.terms = terms;
        this.invoices = invoices;
        this.checks = checks;
    }

    /** The writer of downloads: with each document's e-invoice terms. */
    public UblInvoiceWriter writer() {
        return new UblInvoiceWriter(id -> invoices.require(id).number().orElse(null), terms::of);
    }

    public EInvoiceParts partsOf(Invoice invoice) {
        return terms.of(invoice);
    }

    public EInvoiceCheck check(Invoice invoice, Duration wait) {
        if (invoice.isDraft()) {
            throw new IllegalArgumentException("Only an issued document is an e-invoice");
        }
        byte[] ubl = ubl(invoice);
        List<io.github.ratecard.einvoice.RuleSet> ruleSets = terms.of(invoice).ruleSets();
        return checks.check(invoice.id() + ":" + digest(ubl), () -> ubl, ruleSets, wait);
    }

    public byte[] ubl(Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer().write(documents.of(invoice), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
