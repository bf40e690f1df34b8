package io.github.ratecard.einvoice;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.Issuance;
import java.time.Clock;
import java.time.Instant;

/** The terms a document is written with: for an issued one, those in force when it was issued; for a draft, today's. */
public final class EInvoiceTerms {

    private final EInvoiceTermsStore store;
    private final Clock clock;

    public EInvoiceTerms(EInvoiceTermsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public EInvoiceParts of(Invoice invoice) {
        Instant at = invoice.issuance().map(Issuance::at).orElseGet(clock::instant);
        return new EInvoiceParts(store.seller(at).orElse(SellerEInvoicing.NONE),
                store.buyer(invoice.accountKey(), at).orElse(BuyerEInvoicing.none(invoice.accountKey())));
    }

    public SellerEInvoicing seller() {
        return store.seller(clock.instant()).orElse(SellerEInvoicing.NONE);
    }

    public BuyerEInvoicing buyer(String accountKey) {
        return store.buyer(accountKey, clock.instant()).orElse(BuyerEInvoicing.none(accountKey));
    }
}
