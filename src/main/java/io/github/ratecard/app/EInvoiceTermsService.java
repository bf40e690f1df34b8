package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.einvoice.BuyerEInvoicing;
import io.github.ratecard.einvoice.EInvoiceTerms;
import io.github.ratecard.einvoice.EInvoiceTermsStore;
import io.github.ratecard.einvoice.SellerEInvoicing;
import io.github.ratecard.einvoice.VatCategory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finance's e-invoice terms of the seller and of each account, each change kept (documents issued before it keep theirs) and audited. */
public final class EInvoiceTermsService {

    static final String AUDIT_SELLER = "einvoice-seller";
    static final String AUDIT_ACCOUNT = "account-einvoice";

    private final EInvoiceTermsStore store;
    private final EInvoiceTerms terms;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public EInvoiceTermsService(EInvoiceTermsStore store, EInvoiceTerms terms, AccountStore accounts, AuditLog audit, Transactions transactions,
                                Clock clock) {
        this.store = store;
        this.terms = terms;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SellerEInvoicing seller() {
        return terms.seller();
    }

    public SellerEInvoicing changeSeller(SellerEInvoicing changed) {
        return transactions.inTransaction(() -> {
            SellerEInvoicing before = terms.seller();
            if (!before.equals(changed)) {
                store.changeSeller(changed, clock.instant());
                audit.record(AUDIT_SELLER, "seller", "update", snapshot(before), snapshot(changed));
            }
            return changed;
        });
    }

    public BuyerEInvoicing buyer(String accountKey) {
        requireAccount(accountKey);
        return terms.buyer(accountKey);
    }

    public BuyerEInvoicing changeBuyer(BuyerEInvoicing changed) {
        return transactions.inTransaction(() -> {
            BuyerEInvoicing before = buyer(changed.accountKey());
            if (!before.equals(changed)) {
                store.changeBuyer(changed, clock.instant());
                audit.record(AUDIT_ACCOUNT, changed.accountKey(), "update", snapshot(before), snapshot(changed));
            }
            return changed;
        });
    }

    private void requireAccount(String accountKey) {
        if (accounts.account(accountKey).isEmpty()) {
            throw new NotFoundException("No account " + accountKey);
        }
    }

    /** The audit's copy: the IBAN shown as its country, check digits and last four characters only. */
    private static Map<String, Object> snapshot(SellerEInvoicing seller) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("iban", seller.iban().isEmpty() ? "" : seller.iban().substring(0, 4) + "…" + seller.iban().substring(seller.iban().length() - 4));
        values.put("bic", seller.bic());
        values.put("endpoint", seller.endpoint().isEmpty() ? "" : seller.endpoint().scheme() + ":" + seller.endpoint().id());
        values.put("contactName", seller.contactName());
        values.put("contactPhone", seller.contactPhone());
        values.put("contactEmail", seller.contactEmail());
        return values;
    }

    private static Map<String, Object> snapshot(BuyerEInvoicing buyer) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("buyerReference", buyer.buyerReference());
        values.put("orderReference", buyer.orderReference());
        values.put("endpoint", buyer.endpoint().isEmpty() ? "" : buyer.endpoint().scheme() + ":" + buyer.endpoint().id());
        values.put("vatCategory", buyer.vatCategory().map(VatCategory::code).orElse(""));
        values.put("exemptionReasonCode", buyer.exemptionReasonCode());
        values.put("exemptionReason", buyer.exemptionReason());
        values.put("xrechnung", buyer.xrechnung());
        return values;
    }
}
