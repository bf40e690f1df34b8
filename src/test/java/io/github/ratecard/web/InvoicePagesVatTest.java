package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.LineVat;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * The invoice page's totals: one tax row at the invoice's rate while every line has it, one per VAT category and rate with
 * what it is charged on once a line has its own; and the line's own VAT next to its kind.
 */
public class InvoicePagesVatTest {

    private final InvoiceKit kit = new InvoiceKit();
    private final InvoicePages pages = new InvoicePages(kit.invoices, kit.drafts, kit.invoiced, kit.rateCard.accounts, kit.parties(),
            key -> key.equals("ratecard.invoice.taxOn") ? "Tax {0} % on {1}" : key.equals("ratecard.invoice.lineVat") ? "VAT {0} {1} %" : key,
            () -> Locale.ENGLISH);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void invoiceAtOneRate_shouldShowOneTaxRow() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        assertEquals(List.of("ratecard.invoice.tax 19 % €11.40"), taxRows(draft.id()));
    }

    @Test
    public void lineAtItsOwnRate_shouldGiveATaxRowPerRateAndABadge() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");
        kit.drafts.addManualLine(draft.id(), "Printed handbooks", Money.parse("100.00", "EUR"), Optional.of(new LineVat("S", new BigDecimal("7"), "")));

        InvoicePageView page = pages.document(draft.id(), "", new InvoicePageView.Shown("lines", 0, 0, 0, null));

        assertEquals(List.of("Tax 19 % on €60.00 €11.40", "Tax 7 % on €100.00 €7.00"), taxRows(draft.id()));
        assertEquals("ratecard.invoice.kind.MANUAL · VAT S 7 %", page.getLines().getTable().getRows().get(1).getNote());
    }

    private List<String> taxRows(long id) {
        InvoicePageView page = pages.document(id, "", new InvoicePageView.Shown("lines", 0, 0, 0, null));
        return page.getSummary().stream().filter(row -> row.getId().startsWith("tax")).map(row -> row.getLabel() + " " + row.getCells().get(0)).toList();
    }
}
