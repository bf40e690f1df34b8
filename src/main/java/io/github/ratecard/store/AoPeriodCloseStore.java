package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.approval.ApprovalRefusal;
import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.ClosedMonths;
import io.github.ratecard.approval.PeriodCloseStore;
import io.github.ratecard.domain.ConflictException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Closed months in RC_PERIOD_CLOSE, their closes and reopens in RC_CLOSE_EVT. */
public class AoPeriodCloseStore implements PeriodCloseStore {

    private final ActiveObjects ao;

    public AoPeriodCloseStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean isClosed(CloseScope scope, YearMonth month) {
        return row(scope, month).map(PeriodCloseEntity::isClosed).orElse(false);
    }

    @Override
    public void prepare(CloseScope scope, YearMonth month) {
        if (row(scope, month).isEmpty()) {
            create(scope, month);
        }
    }

    /**
     * The step key lets only one of two concurrent closes (or reopens) happen. A month without a
     * record is given one here; {@link #prepare} first when other writers may create it at the same time.
     */
    @Override
    public boolean apply(CloseScope scope, YearMonth month, CloseEvent event) {
        PeriodCloseEntity record = row(scope, month).orElseGet(() -> create(scope, month));
        boolean closing = event.action() == CloseAction.CLOSE;
        if (record.isClosed() == closing) {
            return false;
        }
        int step = record.getSteps() + 1;
        Map<String, Object> row = new HashMap<>();
        row.put(PeriodCloseEventEntity.STEP_KEY, record.getID() + "#" + step);
        row.put(PeriodCloseEventEntity.CLOSE_ID, (long) record.getID());
        row.put(PeriodCloseEventEntity.ACTION, event.action().name());
        row.put(PeriodCloseEventEntity.BY_USER, event.byUserKey());
        row.put(PeriodCloseEventEntity.AT_MILLIS, event.at().toEpochMilli());
        row.put(PeriodCloseEventEntity.REASON, event.reason());
        try {
            ao.create(PeriodCloseEventEntity.class, row);
        } catch (RuntimeException e) {
            if (Sql.isConflict(e)) {
                throw new ConflictException("month", ApprovalRefusal.CHANGED_MEANWHILE.english());
            }
            throw e;
        }
        record.setClosed(closing);
        record.setSteps(step);
        record.save();
        return true;
    }

    @Override
    public List<CloseEvent> history(CloseScope scope, YearMonth month) {
        Optional<PeriodCloseEntity> record = row(scope, month);
        if (record.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ao.find(PeriodCloseEventEntity.class, Query.select().where(PeriodCloseEventEntity.CLOSE_ID + " = ?",
                        (long) record.get().getID()).order("ID")))
                .map(e -> new CloseEvent(CloseAction.valueOf(e.getAction()), e.getByUser(), Instant.ofEpochMilli(e.getAtMillis()), e.getReason()))
                .toList();
    }

    @Override
    public ClosedMonths closedBetween(YearMonth first, YearMonth last) {
        List<ClosedMonths.ClosedMonth> closed = new ArrayList<>();
        for (PeriodCloseEntity row : ao.find(PeriodCloseEntity.class, Query.select().where(PeriodCloseEntity.PERIOD_MONTH + " >= ? AND "
                + PeriodCloseEntity.PERIOD_MONTH + " <= ? AND " + PeriodCloseEntity.CLOSED + " = ?", PeriodMonths.bound(first), PeriodMonths.bound(last),
                true))) {
            closed.add(new ClosedMonths.ClosedMonth(new CloseScope(row.getProjectId()), PeriodMonths.decode(row.getPeriodMonth())));
        }
        return new ClosedMonths(closed);
    }

    private PeriodCloseEntity create(CloseScope scope, YearMonth month) {
        Map<String, Object> row = new HashMap<>();
        row.put(PeriodCloseEntity.CLOSE_KEY, closeKey(scope, month));
        row.put(PeriodCloseEntity.PROJECT_ID, scope.projectId());
        row.put(PeriodCloseEntity.PERIOD_MONTH, PeriodMonths.encode(month));
        row.put(PeriodCloseEntity.CLOSED, false);
        row.put(PeriodCloseEntity.STEPS, 0);
        try {
            return ao.create(PeriodCloseEntity.class, row);
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            return row(scope, month).orElseThrow(() -> e);
        }
    }

    private Optional<PeriodCloseEntity> row(CloseScope scope, YearMonth month) {
        PeriodCloseEntity[] rows = ao.find(PeriodCloseEntity.class, Query.select().where(PeriodCloseEntity.CLOSE_KEY + " = ?", closeKey(scope, month)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static String closeKey(CloseScope scope, YearMonth month) {
        return scope.key() + "|" + month;
    }
}
