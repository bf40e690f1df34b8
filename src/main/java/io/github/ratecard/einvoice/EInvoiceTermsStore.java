package io.github.ratecard.einvoice;

import java.time.Instant;
import java.util.Optional;

/**
 * The seller's and each account's e-invoice terms, every change kept with the moment it was made, so that a document
 * issued before a change is written as it was issued.
 */
public interface EInvoiceTermsStore {

    /** The seller's terms in force at {@code at} (none before finance first set them). */
    Optional<SellerEInvoicing> seller(Instant at);

    void changeSeller(SellerEInvoicing terms, Instant at);

    /** The account's terms in force at {@code at}. */
    Optional<BuyerEInvoicing> buyer(String accountKey, Instant at);

    void changeBuyer(BuyerEInvoicing terms, Instant at);
}
