package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.webhook.SecretBox;
import io.github.ratecard.webhook.WebhookSecurity;
import java.util.Base64;
import java.util.Map;
import net.java.ao.Query;

/**
 * The webhook guard's settings and the secrets' key, rows of RC_SETTING. The key is made by the first node that
 * needs it; a node that loses the race to insert it reads the winner's.
 */
public class AoWebhookSettings implements WebhookSecurity {

    static final String ALLOW_HTTP = "webhook.allowHttp";
    static final String ALLOW_INTERNAL = "webhook.allowInternalTargets";
    static final String KEY = "webhook.secretKey";

    private final ActiveObjects ao;

    public AoWebhookSettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean allowHttp() {
        return "true".equals(value(ALLOW_HTTP));
    }

    @Override
    public boolean allowInternalTargets() {
        return "true".equals(value(ALLOW_INTERNAL));
    }

    @Override
    public void change(boolean allowHttp, boolean allowInternalTargets) {
        ao.executeInTransaction(() -> {
            put(ALLOW_HTTP, String.valueOf(allowHttp));
            put(ALLOW_INTERNAL, String.valueOf(allowInternalTargets));
            return null;
        });
    }

    @Override
    public byte[] secretKey() {
        String stored = value(KEY);
        if (stored == null) {
            try {
                ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, KEY, SettingEntity.SETTING_VALUE,
                        Base64.getEncoder().encodeToString(SecretBox.newKey())));
            } catch (RuntimeException raced) {
                if (value(KEY) == null) {
                    throw raced;
                }
            }
            stored = value(KEY);
        }
        return Base64.getDecoder().decode(stored);
    }

    private String value(String name) {
        SettingEntity setting = find(name);
        return setting == null ? null : setting.getSettingValue();
    }

    private void put(String name, String value) {
        SettingEntity setting = find(name);
        if (setting == null) {
            ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, name, SettingEntity.SETTING_VALUE, value));
        } else {
            setting.setSettingValue(value);
            setting.save();
        }
    }

    private SettingEntity find(String name) {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", name));
        return found.length == 0 ? null : found[0];
    }
}
