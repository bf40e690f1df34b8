package io.github.ratecard.store;

import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractThresholds;
import io.github.ratecard.contract.ThresholdCrossing;
import io.github.ratecard.contract.ThresholdStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;

/**
 * The contracts' alert thresholds and their crossings, rows of RC_SETTING (no table of their own). Thresholds are named
 * {@code contract.thresholds:ACCOUNT} with the value {@code 80,100|80|userKey}; a crossing is named
 * {@code contract.alert:} and its dedup key, with the value {@code percent|epochMillis|lastMonth}. The setting name is
 * unique, so the database itself refuses the same crossing twice.
 */
public class AoContractThresholds implements ThresholdStore {

    static final String THRESHOLDS = "contract.thresholds:";
    static final String CROSSING = "contract.alert:";

    private final ActiveObjects ao;

    public AoContractThresholds(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<ContractThresholds> thresholds(String accountKey) {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", THRESHOLDS + accountKey));
        return found.length == 0 ? Optional.empty() : Optional.of(thresholds(found[0]));
    }

    @Override
    public List<ContractThresholds> all() {
        List<ContractThresholds> all = new ArrayList<>();
        for (SettingEntity row : named(THRESHOLDS)) {
            all.add(thresholds(row));
        }
        all.sort(Comparator.comparing(ContractThresholds::accountKey));
        return all;
    }

    @Override
    public void save(ContractThresholds thresholds) {
        String value = percents(thresholds.retainer()) + "|" + percents(thresholds.cap()) + "|" + thresholds.setBy();
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?",
                THRESHOLDS + thresholds.accountKey()));
        if (found.length == 0) {
            ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, THRESHOLDS + thresholds.accountKey(), SettingEntity.SETTING_VALUE, value));
        } else {
            found[0].setSettingValue(value);
            found[0].save();
        }
    }

    @Override
    public boolean raised(String dedupKey) {
        return ao.count(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", CROSSING + dedupKey)) > 0;
    }

    @Override
    public void insert(ThresholdCrossing crossing) {
        String value = crossing.consumedPercent().map(BigDecimal::toPlainString).orElse("") + "|" + crossing.raisedAt().toEpochMilli() + "|"
                + crossing.period().last();
        ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, CROSSING + crossing.dedupKey(), SettingEntity.SETTING_VALUE, value));
    }

    @Override
    public List<ThresholdCrossing> crossings(String accountKey, int limit) {
        List<ThresholdCrossing> found = new ArrayList<>();
        for (SettingEntity row : named(CROSSING + accountKey + ":")) {
            found.add(crossing(row));
        }
        found.sort(Comparator.comparing(ThresholdCrossing::raisedAt).thenComparing(ThresholdCrossing::threshold).reversed());
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** The rows whose name starts with {@code prefix} (LIKE treats an account key's "_" as a wildcard, so the prefix is checked again). */
    private List<SettingEntity> named(String prefix) {
        String pattern = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return Arrays.stream(ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " LIKE ? ESCAPE '!'", pattern)))
                .filter(row -> row.getSettingName().startsWith(prefix)).toList();
    }

    private static ContractThresholds thresholds(SettingEntity row) {
        String[] parts = row.getSettingValue().split("\\|", 3);
        return new ContractThresholds(row.getSettingName().substring(THRESHOLDS.length()), percents(parts[0]), percents(parts[1]), parts[2]);
    }

    private static ThresholdCrossing crossing(SettingEntity row) {
        String[] key = row.getSettingName().substring(CROSSING.length()).split(":");
        String[] value = row.getSettingValue().split("\\|", 3);
        int n = key.length;
        YearMonth first = YearMonth.parse(key[n - 2]);
        Optional<BigDecimal> percent = value[0].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(value[0]));
        String account = String.join(":", Arrays.copyOfRange(key, 0, n - 3));
        return new ThresholdCrossing(account, ThresholdCrossing.Kind.valueOf(key[n - 3]), new ContractPeriod(first, YearMonth.parse(value[2])),
                Integer.parseInt(key[n - 1]), percent, Instant.ofEpochMilli(Long.parseLong(value[1])));
    }

    private static String percents(List<Integer> percents) {
        return String.join(",", percents.stream().map(String::valueOf).toList());
    }

    private static List<Integer> percents(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
