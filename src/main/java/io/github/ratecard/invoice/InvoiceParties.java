package io.github.ratecard.invoice;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import java.util.Optional;

/**
 * Who a document is from and for, as its exports print them: for a draft, the settings and the
 * account's buyer terms as they are now; for an issued document, as they were when it was issued
 * (frozen then, so later changes never alter it).
 */
public final class InvoiceParties {

    private final InvoicingSettings settings;
    private final AccountStore accounts;
    private final BuyerTermsStore buyerTerms;
    private final Store frozen;

    public InvoiceParties(InvoicingSettings settings, AccountStore accounts, BuyerTermsStore buyerTerms, Store frozen) {
        this.settings = settings;
        this.accounts = accounts;
        this.buyerTerms = buyerTerms;
        this.frozen = frozen;
    }

    /** The parties of a document: frozen for an issued one (documents issued before parties were frozen read today's). */
    public Parties of(Invoice invoice) {
        return invoice.isDraft() ? current(invoice.accountKey()) : frozen.of(invoice.id()).orElseGet(() -> current(invoice.accountKey()));
    }

    /** Keeps the parties as they are now with the document being issued; part of the issuing transaction. */
    void freeze(long invoiceId, String accountKey) {
        frozen.freeze(invoiceId, current(accountKey));
    }

    public Parties current(String accountKey) {
        ClientAccount account = accounts.account(accountKey).orElseThrow();
        BuyerTerms terms = buyerTerms.terms(accountKey).orElse(BuyerTerms.none(accountKey));
        return new Parties(settings.sellerName(), settings.sellerCountry(), settings.sellerDetails(),
                account.customerName().isBlank() ? account.name() : account.customerName(), terms.countryCode(), terms.details(),
                terms.paymentDays(), terms.language());
    }

    /** The seller (an empty name until finance sets one) and the buyer, the payment days (null: none) and the exports' language. */
    public record Parties(String sellerName, String sellerCountry, PartyDetails seller, String buyerName, String buyerCountry, PartyDetails buyer,
                          Integer paymentDays, String language) {
    }

    /** The parties frozen with each issued document. */
    public interface Store {

        /** Throws {@link DocumentClaimedException} when the document's parties are frozen already, or being frozen by another transaction. */
        void freeze(long invoiceId, Parties parties);

        Optional<Parties> of(long invoiceId);
    }
}
