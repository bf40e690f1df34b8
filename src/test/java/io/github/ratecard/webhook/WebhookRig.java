package io.github.ratecard.webhook;

import io.github.ratecard.jira.JdkWebhookTransport;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.AoWebhookSettings;
import io.github.ratecard.store.AoWebhookStore;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.kits.FinanceViewer;
import io.github.ratecard.testing.time.MovableClock;
import java.time.Instant;
import java.util.List;

/** The webhook parts on a real database (H2, or PostgreSQL with -Dratecard.db=postgres), sending with the JDK's client. */
final class WebhookRig implements AutoCloseable {

    final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));
    final AoWebhookStore store = new AoWebhookStore(database.activeObjects());
    final AoWebhookSettings security = new AoWebhookSettings(database.activeObjects());
    final SecretBox secrets = new SecretBox(security::secretKey);
    final UrlGuard guard = new UrlGuard(HostResolver.SYSTEM, security);
    final WebhookOutbox outbox = new WebhookOutbox(store, clock);
    final DeliverySender sender = new DeliverySender(store, guard, secrets, new JdkWebhookTransport(), clock);
    final WebhookService service = new WebhookService(store, outbox, sender, guard, secrets, security,
            new AoAuditLog(database.activeObjects(), FinanceViewer.of("fin", "Fiona Finance", false), clock), new AoTransactions(database.activeObjects()),
            clock);

    /** Lets the guard through to the test's receiver on 127.0.0.1 over http, as the administrator's settings would. */
    WebhookRig allowingTheLocalReceiver() {
        security.change(true, true);
        return this;
    }

    /** An active endpoint for the events, with the secret given. */
    Endpoint endpoint(String url, String secret, String... events) {
        return service.create(new WebhookService.EndpointInput("ERP", url, List.of(events), true, secret), "fin").endpoint();
    }

    int run() {
        return sender.sendDue(() -> false);
    }

    @Override
    public void close() {
        database.close();
    }
}
