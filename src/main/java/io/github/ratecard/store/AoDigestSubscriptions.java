package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.insight.hints.DigestSubscriptions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Subscribers of the weekly hints e-mail in RC_HINT_DIGEST, one row each. */
public class AoDigestSubscriptions implements DigestSubscriptions {

    /** The e-mail goes to at most this many people; a site with more subscribers than that sends to the first. */
    public static final int LIMIT = 1000;

    private final ActiveObjects ao;

    public AoDigestSubscriptions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Subscription> of(String userKey) {
        return entity(userKey).map(AoDigestSubscriptions::subscription);
    }

    @Override
    public List<Subscription> all() {
        return Arrays.stream(ao.find(HintDigestEntity.class, Query.select().order("ID").limit(LIMIT))).map(AoDigestSubscriptions::subscription).toList();
    }

    @Override
    public void subscribe(String userKey, boolean finance, Instant at) {
        Optional<HintDigestEntity> existing = entity(userKey);
        if (existing.isPresent()) {
            existing.get().setFinance(finance);
            existing.get().save();
            return;
        }
        ao.create(HintDigestEntity.class, Map.of(HintDigestEntity.USER_KEY, userKey, HintDigestEntity.FINANCE, finance,
                HintDigestEntity.SINCE, at.toEpochMilli()));
    }

    @Override
    public void unsubscribe(String userKey) {
        entity(userKey).ifPresent(ao::delete);
    }

    @Override
    public void sent(String userKey, Instant at) {
        entity(userKey).ifPresent(row -> {
            row.setLastSent(at.toEpochMilli());
            row.save();
        });
    }

    private Optional<HintDigestEntity> entity(String userKey) {
        HintDigestEntity[] rows = ao.find(HintDigestEntity.class, Query.select().where(HintDigestEntity.USER_KEY + " = ?", userKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static Subscription subscription(HintDigestEntity row) {
        return new Subscription(row.getUserKey(), row.isFinance(), Instant.ofEpochMilli(row.getSince()),
                Optional.ofNullable(row.getLastSent()).map(Instant::ofEpochMilli));
    }
}
