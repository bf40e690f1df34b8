package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.invoice.PartyDetails;
import io.github.ratecard.invoice.DocumentClaimedException;
import io.github.ratecard.invoice.InvoiceParties;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** The parties frozen with issued documents, in RC_INV_PARTIES. */
public class AoInvoicePartiesStore implements InvoiceParties.Store {

    private final ActiveObjects ao;

    public AoInvoicePartiesStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void freeze(long invoiceId, InvoiceParties.Parties parties) {
        try {
            ao.create(InvoicePartiesEntity.class, row(invoiceId, parties));
        } catch (RuntimeException e) {
            if (Sql.isConflict(e)) {
                throw new DocumentClaimedException(invoiceId, e);
            }
            throw e;
        }
    }

    /** The row that keeps the parties of a document as it is issued. */
    static Map<String, Object> row(long invoiceId, InvoiceParties.Parties parties) {
        Map<String, Object> row = new HashMap<>();
        row.put(InvoicePartiesEntity.INVOICE_ID, invoiceId);
        row.put(InvoicePartiesEntity.SELLER_NAME, parties.sellerName());
        row.put(InvoicePartiesEntity.SELLER_COUNTRY, parties.sellerCountry());
        row.put(InvoicePartiesEntity.SELLER_STREET, parties.seller().street());
        row.put(InvoicePartiesEntity.SELLER_CITY, parties.seller().city());
        row.put(InvoicePartiesEntity.SELLER_POSTAL_CODE, parties.seller().postalCode());
        row.put(InvoicePartiesEntity.SELLER_VAT_ID, parties.seller().vatId());
        row.put(InvoicePartiesEntity.BUYER_NAME, parties.buyerName());
        row.put(InvoicePartiesEntity.BUYER_COUNTRY, parties.buyerCountry());
        row.put(InvoicePartiesEntity.BUYER_STREET, parties.buyer().street());
        row.put(InvoicePartiesEntity.BUYER_CITY, parties.buyer().city());
        row.put(InvoicePartiesEntity.BUYER_POSTAL_CODE, parties.buyer().postalCode());
        row.put(InvoicePartiesEntity.BUYER_VAT_ID, parties.buyer().vatId());
        row.put(InvoicePartiesEntity.PAYMENT_DAYS, parties.paymentDays());
        row.put(InvoicePartiesEntity.LANGUAGE, parties.language());
        return row;
    }

    @Override
    public Optional<InvoiceParties.Parties> of(long invoiceId) {
        InvoicePartiesEntity[] found = ao.find(InvoicePartiesEntity.class, Query.select().where(InvoicePartiesEntity.INVOICE_ID + " = ?", invoiceId));
        if (found.length == 0) {
            return Optional.empty();
        }
        InvoicePartiesEntity row = found[0];
        return Optional.of(new InvoiceParties.Parties(text(row.getSellerName()), text(row.getSellerCountry()),
                new PartyDetails(row.getSellerStreet(), row.getSellerCity(), row.getSellerPostalCode(), row.getSellerVatId()),
                text(row.getBuyerName()), text(row.getBuyerCountry()),
                new PartyDetails(row.getBuyerStreet(), row.getBuyerCity(), row.getBuyerPostalCode(), row.getBuyerVatId()),
                row.getPaymentDays(), row.getLanguage() == null ? "en" : row.getLanguage()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
