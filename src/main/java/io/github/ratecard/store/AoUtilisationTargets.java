package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.insight.utilisation.TargetStore;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;

/** The staff levels' billable targets as settings in RC_SETTING, one row per level named {@code utilisation-target.<level id>}. */
public class AoUtilisationTargets implements TargetStore {

    static final String PREFIX = "utilisation-target.";

    private final ActiveObjects ao;

    public AoUtilisationTargets(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<Long, BigDecimal> targets() {
        Map<Long, BigDecimal> targets = new HashMap<>();
        for (SettingEntity row : ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " LIKE ?", PREFIX + "%"))) {
            if (row.getSettingValue() != null) {
                targets.put(Long.valueOf(row.getSettingName().substring(PREFIX.length())), new BigDecimal(row.getSettingValue()));
            }
        }
        return targets;
    }

    @Override
    public void put(long levelId, BigDecimal percent) {
        SettingEntity[] found = find(levelId);
        if (found.length == 0) {
            ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, PREFIX + levelId, SettingEntity.SETTING_VALUE, percent.toPlainString()));
        } else {
            found[0].setSettingValue(percent.toPlainString());
            found[0].save();
        }
    }

    @Override
    public boolean remove(long levelId) {
        SettingEntity[] found = find(levelId);
        if (found.length > 0) {
            ao.delete(found);
        }
        return found.length > 0;
    }

    private SettingEntity[] find(long levelId) {
        return ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", PREFIX + levelId));
    }
}
