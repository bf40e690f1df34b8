package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ratecard.insight.hints.HintEngine;
import io.github.ratecard.insight.hints.HintRuns;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Hint runs in RC_HINT_RUN: a request is a row without FINISHED_AT; the run that follows finishes it. */
public class AoHintRuns implements HintRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActiveObjects ao;

    public AoHintRuns(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Run> latest() {
        HintRunEntity[] rows = ao.find(HintRunEntity.class, Query.select().order("ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(run(rows[0]));
    }

    @Override
    public void request(String userKey, Instant at) {
        if (waiting().isPresent()) {
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(HintRunEntity.REQUESTED_BY, userKey);
        row.put(HintRunEntity.REQUESTED_AT, at.toEpochMilli());
        row.put(HintRunEntity.FOUND, 0);
        ao.create(HintRunEntity.class, row);
    }

    @Override
    public void finished(Instant at, List<HintEngine.RuleFailure> failures, int found) {
        HintRunEntity row = waiting().orElseGet(() -> ao.create(HintRunEntity.class, Map.of(HintRunEntity.FOUND, 0)));
        row.setFinishedAt(at.toEpochMilli());
        row.setFound(found);
        try {
            row.setFailures(JSON.writeValueAsString(failures.stream().map(f -> Map.of("rule", f.ruleId(), "message", f.message())).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        row.save();
        ao.deleteWithSQL(HintRunEntity.class, "ID < ?", row.getID() - 50);
    }

    private Optional<HintRunEntity> waiting() {
        HintRunEntity[] rows = ao.find(HintRunEntity.class, Query.select().where(HintRunEntity.FINISHED_AT + " IS NULL").order("ID").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static Run run(HintRunEntity row) {
        List<HintEngine.RuleFailure> failures = List.of();
        if (row.getFailures() != null) {
            try {
                @SuppressWarnings("unchecked")
                List<Map<String, String>> stored = JSON.readValue(row.getFailures(), List.class);
                failures = stored.stream()
                        .map(m -> new HintEngine.RuleFailure(m.get("rule"), m.get("message"))).toList();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Run(Optional.ofNullable(row.getRequestedBy()), Optional.ofNullable(row.getRequestedAt()).map(Instant::ofEpochMilli),
                Optional.ofNullable(row.getFinishedAt()).map(Instant::ofEpochMilli), failures, row.getFound());
    }
}
