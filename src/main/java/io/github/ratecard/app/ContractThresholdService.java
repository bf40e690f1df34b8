package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.contract.ContractThresholds;
import io.github.ratecard.contract.ThresholdCrossing;
import io.github.ratecard.contract.ThresholdStore;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finance's alert thresholds of an account's contract: read, and set (audited, in one transaction). */
public final class ContractThresholdService {

    static final String THRESHOLDS = "contract-thresholds";
    /** Crossings a page or a document shows at most. */
    public static final int RECENT_CROSSINGS = 20;

    private final ThresholdStore store;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final Transactions transactions;

    public ContractThresholdService(ThresholdStore store, AccountStore accounts, AuditLog audit, Transactions transactions) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The account's thresholds; empty while finance set none (no alerts). Unknown accounts are not found. */
    public Optional<ContractThresholds> thresholds(String accountKey) {
        account(accountKey);
        return store.thresholds(accountKey);
    }

    /** Replaces the account's thresholds. */
    public ContractThresholds save(ContractThresholds thresholds) {
        account(thresholds.accountKey());
        return transactions.inTransaction(() -> {
            Optional<ContractThresholds> before = store.thresholds(thresholds.accountKey());
            store.save(thresholds);
            audit.record(THRESHOLDS, thresholds.accountKey(), before.isPresent() ? "update" : "create", before.map(ContractThresholdService::snapshot)
                    .orElse(null), snapshot(thresholds));
            return thresholds;
        });
    }

    /** The account's latest crossings, newest first. */
    public List<ThresholdCrossing> crossings(String accountKey) {
        account(accountKey);
        return store.crossings(accountKey, RECENT_CROSSINGS);
    }

    private static Map<String, Object> snapshot(ContractThresholds thresholds) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("retainer", thresholds.retainer());
        snapshot.put("cap", thresholds.cap());
        snapshot.put("setBy", thresholds.setBy());
        return snapshot;
    }

    private void account(String accountKey) {
        accounts.account(accountKey).orElseThrow(() -> new NotFoundException("No account " + accountKey));
    }
}
