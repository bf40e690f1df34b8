package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.invoice.BuyerTerms;
import io.github.ratecard.invoice.BuyerTermsStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finance's buyer terms of an account (address, VAT number, payment days, language), kept with an audit entry per change. */
public final class BuyerTermsService {

    static final String AUDIT_TYPE = "account-invoicing";

    private final BuyerTermsStore store;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final Transactions transactions;

    public BuyerTermsService(BuyerTermsStore store, AccountStore accounts, AuditLog audit, Transactions transactions) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The account's terms; none given yet reads as empty ones. */
    public BuyerTerms terms(String accountKey) {
        requireAccount(accountKey);
        return store.terms(accountKey).orElse(BuyerTerms.none(accountKey));
    }

    public BuyerTerms change(BuyerTerms changed) {
        return transactions.inTransaction(() -> {
            BuyerTerms before = terms(changed.accountKey());
            if (!before.equals(changed)) {
                store.save(changed);
                audit.record(AUDIT_TYPE, changed.accountKey(), "update", snapshot(before), snapshot(changed));
            }
            return changed;
        });
    }

    private void requireAccount(String accountKey) {
        if (accounts.account(accountKey).isEmpty()) {
            throw new NotFoundException("No account " + accountKey);
        }
    }

    private static Map<String, Object> snapshot(BuyerTerms terms) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("street", terms.details().street());
        values.put("city", terms.details().city());
        values.put("postalCode", terms.details().postalCode());
        values.put("country", terms.countryCode());
        values.put("vatId", terms.details().vatId());
        values.put("paymentDays", terms.paymentDays());
        values.put("language", terms.language());
        return values;
    }
}
