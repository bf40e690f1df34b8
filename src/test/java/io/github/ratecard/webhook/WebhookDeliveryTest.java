package io.github.ratecard.webhook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Deliveries to a receiver the test runs on 127.0.0.1, from the outbox on a real database. */
public class WebhookDeliveryTest {

    private static final String SECRET = "whsec-0123456789abcdef";

    private WebhookRig rig;
    private Receiver receiver;

    @Before
    public void setUp() throws Exception {
        rig = new WebhookRig().allowingTheLocalReceiver();
        receiver = new Receiver();
        receiver.expectSecret(SECRET);
    }

    @After
    public void tearDown() {
        receiver.close();
        rig.close();
    }

    @Test
    public void delivery_shouldCarryTheEventAndASignatureTheReceiverVerifies() {
        rig.endpoint(receiver.url(), SECRET, "invoice.issued");
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:42", Map.of("number", "ACME-2026-0001"));

        assertEquals(1, rig.run());

        Receiver.Received received = receiver.received().get(0);
        assertTrue("signature verified by the receiver", received.signatureValid());
        assertTrue(received.body(), received.body().startsWith("{\"id\":\"" + received.header(Signature.DELIVERY) + "\",\"event\":\"invoice.issued\","
                + "\"occurredAt\":\"2026-12-05T10:00:00Z\",\"data\":{\"number\":\"ACME-2026-0001\"}}"));
        assertEquals("invoice.issued", received.header(Signature.EVENT));
        assertEquals(String.valueOf(rig.clock.instant().getEpochSecond()), received.header(Signature.TIMESTAMP));
    }

    @Test
    public void signatureWithAnotherSecret_shouldNotVerify() {
        receiver.expectSecret("some-other-secret-value");
        rig.endpoint(receiver.url(), SECRET, "invoice.issued");
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:42", Map.of());

        rig.run();

        assertFalse(receiver.received().get(0).signatureValid());
    }

    @Test
    public void eventNoEndpointWants_shouldQueueNothing() {
        rig.endpoint(receiver.url(), SECRET, "invoice.voided");
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:42", Map.of());

        assertEquals(List.of(), rig.store.deliveries(WebhookStore.DeliveryFilter.all(), 10));
    }

    @Test
    public void receiverAnswering500_shouldGetTheSameDeliveryAgainAfterTheBackOffUntilItSucceeds() {
        rig.endpoint(receiver.url(), SECRET, "period.closed");
        receiver.answerNext(500, 500);
        rig.outbox.publish(WebhookEvent.PERIOD_CLOSED, "period:2026-11", Map.of("month", "2026-11"));

        rig.run();
        Delivery afterFirst = only();
        rig.clock.advance(Duration.ofSeconds(59));
        rig.run();
        int beforeDue = receiver.received().size();
        rig.clock.advance(Duration.ofSeconds(1));
        rig.run();
        rig.clock.advance(Duration.ofMinutes(2));
        rig.run();

        assertEquals(DeliveryStatus.PENDING, afterFirst.status());
        assertEquals(Optional.of(500), afterFirst.lastStatusCode());
        assertEquals(rig.clock.instant().minus(Duration.ofMinutes(2)), afterFirst.nextAttemptAt());
        assertEquals("not sent before its next attempt is due", 1, beforeDue);
        assertEquals(3, receiver.received().size());
        assertEquals(receiver.received().get(0).header(Signature.DELIVERY), receiver.received().get(2).header(Signature.DELIVERY));
        assertEquals(DeliveryStatus.DELIVERED, only().status());
        assertEquals(3, only().attempts());
    }

    @Test
    public void deliveryFailingEveryAttempt_shouldFailAfterTheLastAttempt() {
        rig.endpoint(receiver.url(), SECRET, "period.closed");
        int[] errors = new int[Backoff.MAX_ATTEMPTS + 1];
        java.util.Arrays.fill(errors, 503);
        receiver.answerNext(errors);
        rig.outbox.publish(WebhookEvent.PERIOD_CLOSED, "period:2026-11", Map.of());

        for (int attempt = 0; attempt < Backoff.MAX_ATTEMPTS + 2; attempt++) {
            rig.run();
            rig.clock.advance(Duration.ofHours(24));
        }

        assertEquals(DeliveryStatus.FAILED, only().status());
        assertEquals(Backoff.MAX_ATTEMPTS, only().attempts());
        assertEquals(Backoff.MAX_ATTEMPTS, receiver.received().size());
    }

    @Test
    public void laterEventOfADocument_shouldWaitUntilTheEarlierOneIsDelivered() {
        rig.endpoint(receiver.url(), SECRET, "invoice.issued", "invoice.voided");
        receiver.answerNext(500);
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:1", Map.of("step", "issued"));
        rig.outbox.publish(WebhookEvent.INVOICE_VOIDED, "invoice:1", Map.of("step", "voided"));
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:2", Map.of("step", "other"));

        rig.run();
        List<String> firstRun = bodies();
        rig.clock.advance(Duration.ofMinutes(1));
        rig.run();

        assertEquals("invoice 1's void waits behind its failed issue; invoice 2 goes ahead", 2, firstRun.size());
        assertTrue(firstRun.get(0).contains("\"issued\"") && firstRun.get(1).contains("\"other\""));
        List<String> all = bodies();
        assertTrue(all.get(2).contains("\"issued\"") && all.get(3).contains("\"voided\""));
    }

    @Test
    public void laterEventOfADocument_shouldGoOnceTheEarlierOneFailed() {
        rig.endpoint(receiver.url(), SECRET, "invoice.issued", "invoice.voided");
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:1", Map.of("step", "issued"));
        rig.outbox.publish(WebhookEvent.INVOICE_VOIDED, "invoice:1", Map.of("step", "voided"));
        long first = rig.store.due(rig.clock.instant(), rig.clock.instant(), 10).get(0).id();
        rig.store.claim(first, rig.clock.instant(), rig.clock.instant());
        rig.store.failed(first, Optional.of(410), "gone");

        rig.run();

        assertEquals(1, receiver.received().size());
        assertTrue(receiver.received().get(0).body().contains("\"voided\""));
    }

    @Test
    public void deliveryClaimedByANodeThatDiedBeforeMarkingIt_shouldBeSentByALaterRunAfterTheLease() {
        rig.endpoint(receiver.url(), SECRET, "hint.raised");
        rig.outbox.publish(WebhookEvent.HINT_RAISED, "hint:below-cost|ACME", Map.of());
        Delivery due = rig.store.due(rig.clock.instant(), rig.clock.instant(), 10).get(0);
        assertTrue("the node that died had claimed it", rig.store.claim(due.id(), rig.clock.instant(), rig.clock.instant()).isPresent());

        WebhookRig restarted = rig;
        restarted.run();
        int whileClaimed = receiver.received().size();
        restarted.clock.advance(DeliverySender.LEASE.plusSeconds(1));
        restarted.run();

        assertEquals("not sent while another node may still be sending it", 0, whileClaimed);
        assertEquals(1, receiver.received().size());
        assertEquals(due.deliveryId(), receiver.received().get(0).header(Signature.DELIVERY));
        assertEquals(DeliveryStatus.DELIVERED, only().status());
    }

    @Test
    public void claimedDelivery_shouldNotBeClaimedAgainWithinTheLease() {
        rig.endpoint(receiver.url(), SECRET, "hint.raised");
        rig.outbox.publish(WebhookEvent.HINT_RAISED, "hint:x", Map.of());
        long id = only().id();

        Optional<Delivery> first = rig.store.claim(id, rig.clock.instant(), rig.clock.instant().minus(DeliverySender.LEASE));
        Optional<Delivery> second = rig.store.claim(id, rig.clock.instant(), rig.clock.instant().minus(DeliverySender.LEASE));

        assertTrue(first.isPresent());
        assertFalse(second.isPresent());
    }

    @Test
    public void nodesClaimingOneDeliveryAtOnce_shouldLetExactlyOneHaveIt() throws Exception {
        rig.endpoint(receiver.url(), SECRET, "hint.raised");
        for (int round = 0; round < 10; round++) {
            rig.outbox.publish(WebhookEvent.HINT_RAISED, "hint:" + round, Map.of());
        }
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (Delivery due : rig.store.due(rig.clock.instant(), rig.clock.instant(), 10)) {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Callable<Boolean> claim = () -> {
                    start.await();
                    return rig.store.claim(due.id(), rig.clock.instant(), rig.clock.instant().minus(DeliverySender.LEASE)).isPresent();
                };
                java.util.concurrent.Future<Boolean> first = nodes.submit(claim);
                java.util.concurrent.Future<Boolean> second = nodes.submit(claim);
                start.countDown();

                assertEquals("delivery " + due.id(), 1, (first.get() ? 1 : 0) + (second.get() ? 1 : 0));
                assertEquals(1, rig.store.delivery(due.id()).orElseThrow().attempts());
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    public void internalTargetWithoutTheAdministratorsSetting_shouldBeRefusedAtDeliveryAndNothingSent() {
        rig.endpoint(receiver.url(), SECRET, "invoice.issued");
        rig.security.change(true, false);
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:42", Map.of());

        rig.run();

        assertEquals(List.of(), receiver.received());
        assertEquals(DeliveryStatus.PENDING, only().status());
        assertTrue(only().lastError().orElse(""), only().lastError().orElse("").contains("127.0.0.1, a loopback address"));
    }

    @Test
    public void endpointSwitchedOff_shouldKeepItsDeliveriesQueued() {
        Endpoint endpoint = rig.endpoint(receiver.url(), SECRET, "invoice.issued");
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:42", Map.of());
        rig.service.update(endpoint.id(), new WebhookService.EndpointInput(null, null, null, false, null));

        rig.run();

        assertEquals(List.of(), receiver.received());
        assertEquals(DeliveryStatus.PENDING, only().status());
        assertEquals(0, only().attempts());
    }

    @Test
    public void resend_shouldQueueADeliveredDeliveryAgainUnderItsDeliveryId() {
        rig.endpoint(receiver.url(), SECRET, "invoice.issued");
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:42", Map.of());
        rig.run();

        Delivery again = rig.service.resend(only().id(), "fin");
        rig.run();

        assertEquals(DeliveryStatus.PENDING, again.status());
        assertEquals(2, receiver.received().size());
        assertEquals(receiver.received().get(0).header(Signature.DELIVERY), receiver.received().get(1).header(Signature.DELIVERY));
    }

    @Test
    public void ping_shouldBeSentAtOnceAndLogged() {
        Endpoint endpoint = rig.endpoint(receiver.url(), SECRET, "invoice.issued");

        Delivery ping = rig.service.ping(endpoint.id(), "fin");

        assertEquals(DeliveryStatus.DELIVERED, ping.status());
        assertEquals(Optional.of(200), ping.lastStatusCode());
        assertEquals("ping", receiver.received().get(0).header(Signature.EVENT));
        assertTrue(receiver.received().get(0).signatureValid());
    }

    @Test
    public void redirect_shouldNotBeFollowed() {
        rig.endpoint(receiver.url(), SECRET, "invoice.issued");
        receiver.answerNext(302);
        rig.outbox.publish(WebhookEvent.INVOICE_ISSUED, "invoice:42", Map.of());

        rig.run();

        assertEquals(Optional.of(302), only().lastStatusCode());
        assertTrue(only().lastError().orElse("").contains("redirects are not followed"));
        assertEquals(DeliveryStatus.PENDING, only().status());
    }

    private Delivery only() {
        List<Delivery> all = rig.store.deliveries(WebhookStore.DeliveryFilter.all(), 10);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private List<String> bodies() {
        return receiver.received().stream().map(Receiver.Received::body).toList();
    }
}
