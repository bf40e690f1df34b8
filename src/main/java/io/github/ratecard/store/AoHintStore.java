package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ratecard.insight.hints.Dismissal;
import io.github.ratecard.insight.hints.Evidence;
import io.github.ratecard.insight.hints.Figure;
import io.github.ratecard.insight.hints.Finding;
import io.github.ratecard.insight.hints.Hint;
import io.github.ratecard.insight.hints.HintReconciler;
import io.github.ratecard.insight.hints.HintState;
import io.github.ratecard.insight.hints.HintStore;
import io.github.ratecard.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Hints in RC_HINT, at most {@link #LIMIT} rows read at once. */
public class AoHintStore implements HintStore {

    /** More hints than a person can act on; a run that finds more keeps the first ones by rule. */
    public static final int LIMIT = 5000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActiveObjects ao;

    public AoHintStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Hint> all() {
        return Arrays.stream(ao.find(HintEntity.class, Query.select().order("ID").limit(LIMIT))).map(AoHintStore::hint).toList();
    }

    @Override
    public Optional<Hint> hint(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(HintEntity.class, (int) id)).map(AoHintStore::hint);
    }

    @Override
    public void save(Hint hint) {
        if (hint.id() != 0) {
            throw new IllegalArgumentException("Only a new hint is saved; hint " + hint.id() + " is stored already");
        }
        ao.create(HintEntity.class, row(hint));
    }

    @Override
    public void saveAll(List<Hint> hints) {
        for (Hint hint : hints) {
            if (hint.id() != 0) {
                throw new IllegalArgumentException("Only a new hint is saved; hint " + hint.id() + " is stored already");
            }
        }
        if (!hints.isEmpty()) {
            ao.create(HintEntity.class, hints.stream().map(AoHintStore::row).toList());
        }
    }

    /**
     * Reads the found hints' rows in one statement per {@link LedgerRows#IN_CHUNK} and writes of each only LAST_SEEN and the finding's
     * columns that changed (Active Objects updates only the columns set): one update per found hint.
     */
    @Override
    public void refresh(List<HintReconciler.Refresh> found, Instant lastSeen) {
        Map<Long, Finding> findings = new HashMap<>();
        found.forEach(refresh -> findings.put(refresh.id(), refresh.finding()));
        for (List<Long> chunk : Sql.chunks(findings.keySet().stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE).toList(), LedgerRows.IN_CHUNK)) {
            for (HintEntity entity : ao.find(HintEntity.class, Query.select().where("ID" + Sql.in(chunk.size()),
                    chunk.stream().map(Long::intValue).toArray()))) {
                refresh(entity, findings.get((long) entity.getID()), lastSeen);
            }
        }
    }

    private static void refresh(HintEntity entity, Finding finding, Instant lastSeen) {
        Map<String, Object> row = row(new Hint(entity.getID(), finding, HintState.OPEN, lastSeen, lastSeen, Optional.empty()));
        if (!finding.ruleId().equals(entity.getRuleId())) {
            entity.setRuleId(finding.ruleId());
        }
        if (!finding.subject().equals(entity.getSubject())) {
            entity.setSubject(finding.subject());
        }
        if (!Objects.equals(finding.accountKey(), entity.getAccountKey())) {
            entity.setAccountKey(finding.accountKey());
        }
        if (!Objects.equals(row.get(HintEntity.PROJECT_IDS), entity.getProjectIds())) {
            entity.setProjectIds((String) row.get(HintEntity.PROJECT_IDS));
        }
        if (!Objects.equals(row.get(HintEntity.FIGURES), entity.getFigures())) {
            entity.setFigures((String) row.get(HintEntity.FIGURES));
        }
        if (!Objects.equals(row.get(HintEntity.EVIDENCE), entity.getEvidence())) {
            entity.setEvidence((String) row.get(HintEntity.EVIDENCE));
        }
        if (!Objects.equals(row.get(HintEntity.AT_STAKE), entity.getAtStake())) {
            entity.setAtStake((Long) row.get(HintEntity.AT_STAKE));
        }
        if (!Objects.equals(row.get(HintEntity.CURRENCY), entity.getCurrency())) {
            entity.setCurrency((String) row.get(HintEntity.CURRENCY));
        }
        if (finding.magnitude() != entity.getMagnitude()) {
            entity.setMagnitude(finding.magnitude());
        }
        entity.setLastSeen(lastSeen.toEpochMilli());
        entity.save();
    }

    /**
     * Active Objects has no conditional update, so the change first writes STATE_CHANGES, which holds
     * the row until the transaction ends, then reads the state again: a change committed meanwhile is seen.
     */
    @Override
    public boolean changeState(long id, HintState from, HintState to, Optional<Dismissal> dismissal) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return false;
        }
        return ao.executeInTransaction(() -> {
            HintEntity held = ao.get(HintEntity.class, (int) id);
            if (held == null) {
                return false;
            }
            held.setStateChanges(held.getStateChanges() == null ? 1 : held.getStateChanges() + 1);
            held.save();
            HintEntity[] rows = ao.find(HintEntity.class, Query.select().where("ID = ?", (int) id));
            if (rows.length == 0 || !from.name().equals(rows[0].getState())) {
                return false;
            }
            HintEntity entity = rows[0];
            entity.setState(to.name());
            entity.setDismissedBy(dismissal.map(Dismissal::byUserKey).orElse(null));
            entity.setDismissedAt(dismissal.map(d -> d.at().toEpochMilli()).orElse(null));
            entity.setDismissReason(dismissal.map(Dismissal::reason).orElse(null));
            entity.setDismissedSize(dismissal.map(Dismissal::magnitude).orElse(null));
            entity.save();
            return true;
        });
    }

    private static Map<String, Object> row(Hint hint) {
        Finding finding = hint.finding();
        Map<String, Object> row = new HashMap<>();
        row.put(HintEntity.FINGERPRINT, Digests.of(finding.ruleId(), finding.subject()));
        row.put(HintEntity.RULE_ID, finding.ruleId());
        row.put(HintEntity.SUBJECT, finding.subject());
        row.put(HintEntity.ACCOUNT_KEY, finding.accountKey());
        row.put(HintEntity.PROJECT_IDS, "," + finding.projectIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")) + ",");
        row.put(HintEntity.FIGURES, write(finding.figures().stream().map(AoHintStore::figureRow).toList()));
        row.put(HintEntity.EVIDENCE, write(finding.evidence().stream().map(AoHintStore::evidenceRow).toList()));
        row.put(HintEntity.AT_STAKE, finding.atStake() == null ? null : finding.atStake().minorUnits());
        row.put(HintEntity.CURRENCY, finding.atStake() == null ? null : finding.atStake().currency().getCurrencyCode());
        row.put(HintEntity.MAGNITUDE, finding.magnitude());
        row.put(HintEntity.STATE, hint.state().name());
        row.put(HintEntity.FIRST_SEEN, hint.firstSeen().toEpochMilli());
        row.put(HintEntity.LAST_SEEN, hint.lastSeen().toEpochMilli());
        hint.dismissal().ifPresent(dismissal -> {
            row.put(HintEntity.DISMISSED_BY, dismissal.byUserKey());
            row.put(HintEntity.DISMISSED_AT, dismissal.at().toEpochMilli());
            row.put(HintEntity.DISMISS_REASON, dismissal.reason());
            row.put(HintEntity.DISMISSED_SIZE, dismissal.magnitude());
        });
        row.values().removeIf(java.util.Objects::isNull);
        return row;
    }

    private static Hint hint(HintEntity entity) {
        Set<Long> projects = new LinkedHashSet<>();
        for (String id : entity.getProjectIds().split(",")) {
            if (!id.isEmpty()) {
                projects.add(Long.parseLong(id));
            }
        }
        Money atStake = entity.getAtStake() == null ? null : Money.ofMinor(entity.getAtStake(), entity.getCurrency());
        Finding finding = new Finding(entity.getRuleId(), entity.getSubject(), entity.getAccountKey(), projects,
                read(entity.getFigures()).stream().map(AoHintStore::figure).toList(), atStake, entity.getMagnitude(),
                read(entity.getEvidence()).stream().map(AoHintStore::evidence).toList());
        Optional<Dismissal> dismissal = entity.getDismissedBy() == null ? Optional.empty()
                : Optional.of(new Dismissal(entity.getDismissedBy(), Instant.ofEpochMilli(entity.getDismissedAt()), entity.getDismissReason(),
                entity.getDismissedSize()));
        return new Hint(entity.getID(), finding, HintState.valueOf(entity.getState()), Instant.ofEpochMilli(entity.getFirstSeen()),
                Instant.ofEpochMilli(entity.getLastSeen()), dismissal);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A hint's figures could not be written as JSON", e);
        }
    }

    private static Map<String, Object> figureRow(Figure figure) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("kind", figure.kind().name());
        row.put("value", figure.value());
        row.put("currency", figure.currency());
        return row;
    }

    private static Figure figure(Map<String, Object> row) {
        return new Figure(Figure.Kind.valueOf((String) row.get("kind")), (String) row.get("value"), (String) row.get("currency"));
    }

    private static Map<String, Object> evidenceRow(Evidence evidence) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("kind", evidence.kind().name());
        row.put("projectId", evidence.projectId());
        row.put("accountKey", evidence.accountKey());
        row.put("userKey", evidence.userKey());
        row.put("month", evidence.month() == null ? null : evidence.month().toString());
        row.put("budgetId", evidence.budgetId());
        return row;
    }

    private static Evidence evidence(Map<String, Object> row) {
        return new Evidence(Evidence.Kind.valueOf((String) row.get("kind")), number(row.get("projectId")), (String) row.get("accountKey"),
                (String) row.get("userKey"), row.get("month") == null ? null : java.time.YearMonth.parse((String) row.get("month")),
                number(row.get("budgetId")));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static List<Map<String, Object>> read(String json) {
        try {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = JSON.readValue(json, List.class);
            return new ArrayList<>(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored hint's figures are not readable JSON", e);
        }
    }
}
