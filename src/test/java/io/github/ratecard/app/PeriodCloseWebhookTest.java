package io.github.ratecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.store.AoWebhookStore;
import io.github.ratecard.webhook.Delivery;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookOutbox;
import io.github.ratecard.webhook.WebhookStore;
import io.github.ratecard.webhook.SealedSecret;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Closing a month queues a {@code period.closed} webhook delivery in the closing transaction; reopening and a refused close queue none. */
public class PeriodCloseWebhookTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);

    private final ApprovalKit kit = new ApprovalKit();
    private final AoWebhookStore store = new AoWebhookStore(kit.database.activeObjects());
    private final PeriodCloseService target = new PeriodCloseService(kit.closes, new ApprovalKit.Projects(), kit.acting, kit.audit,
            kit.transactions, kit.clock, new WebhookOutbox(store, kit.clock));

    @Before
    public void endpoint() {
        store.insertEndpoint(new WebhookStore.EndpointFields("ERP", "https://203.0.113.7/hooks", Set.of(WebhookEvent.PERIOD_CLOSED), true),
                new SealedSecret("v1:unused", "000000000000"), "fin", ApprovalKit.NOW);
        kit.actAs("fin", true, Set.of(), Set.of());
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void closingAProjectsMonth_shouldQueueTheEventNamingTheMonthAndProject() {
        target.close(CloseScope.project(ApprovalKit.ACME), MAY, "May billed");

        List<Delivery> queued = store.deliveries(WebhookStore.DeliveryFilter.all(), 10);
        assertEquals(1, queued.size());
        assertEquals(WebhookEvent.PERIOD_CLOSED, queued.get(0).event());
        assertTrue(queued.get(0).body(), queued.get(0).body().contains("\"data\":{\"month\":\"2026-05\",\"projectId\":10,\"projectKey\":\"ACME\","
                + "\"closedBy\":\"fin\",\"note\":\"May billed\"}"));
    }

    @Test
    public void reopeningAndARefusedClose_shouldQueueNothingMore() {
        target.close(CloseScope.GLOBAL, MAY, null);
        target.reopen(CloseScope.GLOBAL, MAY, "Late worklogs");

        target.close(CloseScope.GLOBAL, MAY, null);
        assertThrows(ConflictException.class, () -> target.close(CloseScope.GLOBAL, MAY, null));

        assertEquals(2, store.deliveries(WebhookStore.DeliveryFilter.all(), 10).size());
    }
}
