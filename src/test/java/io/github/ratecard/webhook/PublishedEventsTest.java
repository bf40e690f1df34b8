package io.github.ratecard.webhook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoWebhookStore;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The app's services, as wired, queue webhook deliveries for what they do, and nothing for what they refuse. */
public class PublishedEventsTest {

    private static final LocalDate ISSUE_DAY = LocalDate.parse("2026-11-05");

    private InvoiceKit kit;
    private AoWebhookStore store;

    @Before
    public void endpointForEveryEvent() {
        kit = new InvoiceKit();
        begin(kit);
    }

    private void begin(InvoiceKit with) {
        store = with.rateCard.app.bean(AoWebhookStore.class);
        with.rateCard.app.bean(WebhookService.class).create(new WebhookService.EndpointInput("ERP", "https://203.0.113.7/hooks",
                List.of("invoice.issued", "invoice.voided", "invoice.credited", "budget.threshold_crossed"), true, null), "fin");
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void issuingThenVoiding_shouldQueueBothForTheInvoiceInThatOrder() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice issued = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");
        kit.issuing.voidInvoice(issued.id(), "Wrong client contact", "fiona");

        List<Delivery> queued = queued();

        assertEquals(List.of(WebhookEvent.INVOICE_ISSUED, WebhookEvent.INVOICE_VOIDED), queued.stream().map(Delivery::event).toList());
        assertEquals(List.of("invoice:" + issued.id(), "invoice:" + issued.id()), queued.stream().map(Delivery::document).toList());
        assertTrue(queued.get(0).body(), queued.get(0).body().contains("\"number\":\"ACME-2026-0001\",\"accountKey\":\"ACME\""));
        assertTrue(queued.get(0).body(), queued.get(0).body().contains("\"currency\":\"EUR\",\"subtotal\":\"60.00\""));
        assertTrue(queued.get(1).body(), queued.get(1).body().contains("\"status\":\"void\""));
    }

    @Test
    public void creditNote_shouldBeQueuedUnderTheInvoiceItCredits() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice issued = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        kit.issuing.credit(issued.id(), null, "Goodwill", ISSUE_DAY, "fiona");

        Delivery credited = queued().get(1);
        assertEquals(WebhookEvent.INVOICE_CREDITED, credited.event());
        assertEquals("invoice:" + issued.id(), credited.document());
        assertTrue(credited.body(), credited.body().contains("\"creditOf\":" + issued.id()));
    }

    @Test
    public void refusedIssue_shouldQueueNothing() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        assertThrows(InvalidInputException.class, () -> kit.issuing.issue(draft.id(), ISSUE_DAY, new BigDecimal("1E+30"), "fiona"));

        assertEquals(List.of(), queued());
    }

    @Test
    public void issuingThroughTheStores_shouldQueueTheEventToo() {
        kit.close();
        kit = new InvoiceKit("not.the.apps.namespace");
        begin(kit);
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);

        kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        assertEquals(List.of(WebhookEvent.INVOICE_ISSUED), queued().stream().map(Delivery::event).toList());
    }

    @Test
    public void budgetCrossingAThreshold_shouldQueueOneEventPerNewAlert() {
        kit.budget.budgets.create(new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse("1000.00", "EUR"), null, PeriodKind.MONTH,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "ana"));
        kit.budget.spend("2026-11-05", "850.00");

        kit.budget.watch.check(LocalDate.parse("2026-11-10"));
        kit.budget.watch.check(LocalDate.parse("2026-11-11"));

        List<Delivery> queued = queued();
        assertEquals(List.of(WebhookEvent.BUDGET_THRESHOLD_CROSSED), queued.stream().map(Delivery::event).toList());
        assertTrue(queued.get(0).body(), queued.get(0).body().contains("\"threshold\":80,\"basis\":\"money\""));
    }

    private List<Delivery> queued() {
        return store.deliveries(WebhookStore.DeliveryFilter.all(), 50).stream().sorted(Comparator.comparingLong(Delivery::id)).toList();
    }
}
