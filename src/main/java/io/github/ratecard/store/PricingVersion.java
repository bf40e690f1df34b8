package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.RepricingRequests;
import java.util.Map;
import java.util.UUID;
import net.java.ao.Query;

/**
 * A marker in RC_SETTING that changes whenever something pricing reads changes: every rate-card
 * change asks for re-pricing inside its transaction, and passes through here on its way to the
 * jobs, so the marker changes exactly when the change commits. Each node compares it with the
 * marker of its cached {@link CachedPricingViews} view. A new random marker per change (not a
 * counter) keeps two concurrent changes from leaving a marker some node already holds.
 */
public class PricingVersion implements RepricingRequests {

    static final String NAME = "pricing-version";

    private final ActiveObjects ao;
    private final RepricingRequests next;

    public PricingVersion(ActiveObjects ao, RepricingRequests next) {
        this.ao = ao;
        this.next = next;
    }

    @Override
    public void reprice(AffectedWork work) {
        SettingEntity[] found = find();
        String marker = UUID.randomUUID().toString();
        if (found.length == 0) {
            ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, NAME, SettingEntity.SETTING_VALUE, marker));
        } else {
            found[0].setSettingValue(marker);
            found[0].save();
        }
        next.reprice(work);
    }

    /** The marker now; empty before the first change. */
    public String current() {
        SettingEntity[] found = find();
        return found.length == 0 || found[0].getSettingValue() == null ? "" : found[0].getSettingValue();
    }

    private SettingEntity[] find() {
        return ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", NAME));
    }
}
