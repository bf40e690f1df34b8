package io.github.ratecard.insight.hints;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.store.AoHintRuns;
import io.github.ratecard.store.AoHintStore;
import io.github.ratecard.store.AoSettings;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.AoWebhookStore;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.webhook.Delivery;
import io.github.ratecard.webhook.SealedSecret;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookOutbox;
import io.github.ratecard.webhook.WebhookStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/** A hint the job opens is announced once as {@code hint.raised}; finding it again the next day announces nothing. */
public class HintWebhookTest {

    private static final Instant MONDAY = Instant.parse("2026-06-15T03:00:00Z");

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoWebhookStore webhooks = new AoWebhookStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    private HintJob at(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new HintJob(today -> Facts.facts().budget(1, "100.00", "150.00").build(), new HintEngine(List.of(new BudgetOverrunRule())),
                new AoHintStore(database.activeObjects()), new AoHintRuns(database.activeObjects()),
                new AoSettings(database.activeObjects(), () -> ZoneOffset.UTC), new AoTransactions(database.activeObjects()), clock,
                new WebhookOutbox(webhooks, clock));
    }

    @Test
    public void newHint_shouldBeAnnouncedOnceWithItsRuleAndMoney() {
        webhooks.insertEndpoint(new WebhookStore.EndpointFields("ERP", "https://203.0.113.7/hooks", Set.of(WebhookEvent.HINT_RAISED), true),
                new SealedSecret("v1:unused", "000000000000"), "fin", MONDAY);

        at(MONDAY).run((item, e) -> { });
        at(MONDAY.plusSeconds(86_400)).run((item, e) -> { });

        List<Delivery> queued = webhooks.deliveries(WebhookStore.DeliveryFilter.all(), 10);
        assertEquals(1, queued.size());
        assertEquals(WebhookEvent.HINT_RAISED, queued.get(0).event());
        assertTrue(queued.get(0).document(), queued.get(0).document().startsWith("hint:" + BudgetOverrunRule.ID));
        assertTrue(queued.get(0).body(), queued.get(0).body().contains("\"rule\":\"" + BudgetOverrunRule.ID + "\""));
    }
}
