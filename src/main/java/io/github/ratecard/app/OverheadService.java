package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.budget.OverheadRate;
import io.github.ratecard.budget.OverheadRates;
import io.github.ratecard.budget.OverheadStore;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Overhead rates as finance sets them: added and removed with an audit entry each; a second rate
 * for the same project (or the global series) from the same day is refused and changes nothing.
 */
public final class OverheadService {

    static final String AUDIT_TYPE = "overhead";

    private final OverheadStore store;
    private final ProjectDirectory projects;
    private final AuditLog audit;
    private final Transactions transactions;

    public OverheadService(OverheadStore store, ProjectDirectory projects, AuditLog audit, Transactions transactions) {
        this.store = store;
        this.projects = projects;
        this.audit = audit;
        this.transactions = transactions;
    }

    public List<OverheadRate> rates() {
        return store.all();
    }

    public OverheadRates schedule() {
        return OverheadRates.of(store.all());
    }

    public OverheadRate add(OverheadRate rate) {
        InvalidInputException.require(rate.isGlobal() || projects.byKey(rate.projectKey()).isPresent(), "projectKey",
                "No project " + rate.projectKey());
        return transactions.inTransaction(() -> {
            for (OverheadRate other : store.all()) {
                if (java.util.Objects.equals(other.projectKey(), rate.projectKey()) && other.from().equals(rate.from())) {
                    throw new ConflictException("from", "There is already an overhead rate " + other.id() + " from " + rate.from()
                            + (rate.isGlobal() ? " for all projects" : " for " + rate.projectKey()));
                }
            }
            long id = store.insert(rate);
            OverheadRate added = new OverheadRate(id, rate.projectKey(), rate.from(), rate.percent());
            audit.record(AUDIT_TYPE, String.valueOf(id), "create", null, snapshot(added));
            return added;
        });
    }

    public void delete(long id) {
        transactions.inTransaction(() -> {
            OverheadRate before = store.rate(id).orElseThrow(() -> new NotFoundException("No overhead rate " + id));
            store.delete(id);
            audit.record(AUDIT_TYPE, String.valueOf(id), "delete", snapshot(before), null);
            return null;
        });
    }

    private static Map<String, Object> snapshot(OverheadRate rate) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("project", rate.projectKey());
        values.put("from", rate.from().toString());
        values.put("percent", rate.percent().toPlainString());
        return values;
    }
}
