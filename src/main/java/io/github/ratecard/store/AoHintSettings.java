package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.insight.hints.HintSettings;
import java.util.Map;
import net.java.ao.Query;

/** The hint rules' setting, a row of RC_SETTING. */
public class AoHintSettings implements HintSettings {

    static final String UNINVOICED_DAYS = "hints.uninvoicedDays";

    private final ActiveObjects ao;

    public AoHintSettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public int uninvoicedDays() {
        SettingEntity setting = find();
        return setting == null || setting.getSettingValue() == null ? DEFAULT_UNINVOICED_DAYS : Integer.parseInt(setting.getSettingValue());
    }

    @Override
    public void setUninvoicedDays(int days) {
        SettingEntity setting = find();
        if (setting == null) {
            ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, UNINVOICED_DAYS, SettingEntity.SETTING_VALUE, String.valueOf(days)));
        } else {
            setting.setSettingValue(String.valueOf(days));
            setting.save();
        }
    }

    private SettingEntity find() {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", UNINVOICED_DAYS));
        return found.length == 0 ? null : found[0];
    }
}
