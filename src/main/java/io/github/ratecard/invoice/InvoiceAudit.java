package io.github.ratecard.invoice;

import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What drafting and issuing share: how the audit log shows a document, and the account a new document may be made for. */
final class InvoiceAudit {

    static final String TYPE = "invoice";

    private InvoiceAudit() {
    }

    static Map<String, Object> snapshot(Invoice invoice) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", invoice.kind().name());
        values.put("status", invoice.status().name());
        values.put("account", invoice.accountKey());
        values.put("number", invoice.number().orElse(null));
        values.put("period", invoice.header().period().first() + " – " + invoice.header().period().last());
        values.put("lines", invoice.lines().size());
        values.put("total", invoice.totals().total().toDecimal().toPlainString() + " " + invoice.currency().getCurrencyCode());
        return values;
    }

    /** The account, refused when unknown (400) or not open (409: it takes no new invoices). */
    static ClientAccount openAccount(AccountStore accounts, String accountKey) {
        ClientAccount account = accounts.account(accountKey).orElseThrow(() -> new InvalidInputException("accountKey", "No account " + accountKey));
        if (account.status() != AccountStatus.OPEN) {
            throw new ConflictException("accountKey", "Account " + accountKey + " is " + account.status() + ": it takes no new invoices");
        }
        return account;
    }
}
