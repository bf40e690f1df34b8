package io.github.ratecard.invoice;

import io.github.ratecard.money.Money;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookEvents;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the invoice events tell a webhook: the document's id, kind, number, account, dates and totals (amounts as
 * decimal strings in the document's currency). A credit note's events belong to the invoice it credits, so a
 * receiver gets an invoice's issue, credits and void in that order.
 */
final class InvoiceWebhooks {

    private InvoiceWebhooks() {
    }

    static void publish(WebhookEvents events, WebhookEvent event, Invoice document) {
        long invoiceId = document.header().creditOf().map(InvoiceHeader.CreditOf::invoiceId).orElse(document.id());
        events.publish(event, "invoice:" + invoiceId, data(document));
    }

    static Map<String, Object> data(Invoice document) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", document.id());
        data.put("kind", document.kind().name().toLowerCase(Locale.ROOT));
        data.put("status", document.status().name().toLowerCase(Locale.ROOT));
        data.put("number", document.number().orElse(null));
        data.put("accountKey", document.accountKey());
        data.put("periodFrom", document.header().period().first().toString());
        data.put("periodTo", document.header().period().last().toString());
        data.put("issueDate", document.issuance().map(issuance -> issuance.date().toString()).orElse(null));
        data.put("currency", document.currency().getCurrencyCode());
        data.put("subtotal", amount(document.totals().subtotal()));
        data.put("tax", amount(document.totals().tax()));
        data.put("total", amount(document.totals().total()));
        document.header().creditOf().ifPresent(credit -> {
            data.put("creditOf", credit.invoiceId());
            data.put("reason", credit.reason());
        });
        document.voiding().ifPresent(voiding -> data.put("reason", voiding.reason()));
        return data;
    }

    private static String amount(Money money) {
        return money.toDecimal().toPlainString();
    }
}
