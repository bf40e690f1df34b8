package io.github.ratecard.insight.utilisation;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.StaffLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The billable target of each staff level, in percent of capacity (0 to {@link #MAX}, at most one
 * decimal). One target per level, applied to every month shown: a changed target re-judges past
 * months too. Finance sets and removes them; every change is audited.
 */
public final class UtilisationTargets {

    public static final BigDecimal MAX = BigDecimal.valueOf(io.github.ratecard.domain.InputLimits.UTILISATION_TARGET_PERCENT);
    static final String AUDIT_TYPE = "utilisation-target";

    /** A level with its target, null when it has none. */
    public record LevelTarget(long levelId, String levelName, boolean active, BigDecimal billablePercent) {
    }

    private final TargetStore store;
    private final LevelStore levels;
    private final AuditLog audit;
    private final Transactions transactions;
    private final AccessPolicy access;

    public UtilisationTargets(TargetStore store, LevelStore levels, AuditLog audit, Transactions transactions, AccessPolicy access) {
        this.store = store;
        this.levels = levels;
        this.audit = audit;
        this.transactions = transactions;
        this.access = access;
    }

    /** Every staff level with its target; anyone signed in may read them. */
    public List<LevelTarget> all() {
        access.requireSignedIn();
        Map<Long, BigDecimal> targets = store.targets();
        List<LevelTarget> all = new ArrayList<>();
        for (StaffLevel level : levels.levels()) {
            all.add(new LevelTarget(level.id(), level.name(), level.active(), targets.get(level.id())));
        }
        return all;
    }

    public LevelTarget set(long levelId, BigDecimal percent) {
        access.requireFinance();
        BigDecimal target = valid(percent);
        StaffLevel level = levels.level(levelId).orElseThrow(() -> new NotFoundException("No staff level " + levelId));
        return transactions.inTransaction(() -> {
            BigDecimal before = store.targets().get(levelId);
            store.put(levelId, target);
            audit.record(AUDIT_TYPE, Long.toString(levelId), before == null ? "create" : "update", before == null ? null : snapshot(before),
                    snapshot(target));
            return new LevelTarget(levelId, level.name(), level.active(), target);
        });
    }

    public void remove(long levelId) {
        access.requireFinance();
        levels.level(levelId).orElseThrow(() -> new NotFoundException("No staff level " + levelId));
        transactions.inTransaction(() -> {
            BigDecimal before = store.targets().get(levelId);
            if (before == null || !store.remove(levelId)) {
                throw new NotFoundException("Staff level " + levelId + " has no target");
            }
            audit.record(AUDIT_TYPE, Long.toString(levelId), "delete", snapshot(before), null);
            return null;
        });
    }

    static BigDecimal valid(BigDecimal percent) {
        InvalidInputException.require(percent != null, "billablePercent", "billablePercent is a number from 0 to 100, such as 85 or 72.5");
        InvalidInputException.require(percent.signum() >= 0 && percent.compareTo(MAX) <= 0, "billablePercent",
                "billablePercent must be from 0 to 100");
        InvalidInputException.require(percent.stripTrailingZeros().scale() <= Percent.SCALE, "billablePercent",
                "billablePercent may have at most one decimal");
        return percent.setScale(Percent.SCALE, java.math.RoundingMode.UNNECESSARY);
    }

    private static Map<String, Object> snapshot(BigDecimal percent) {
        return Map.of("billablePercent", percent.toPlainString());
    }
}
