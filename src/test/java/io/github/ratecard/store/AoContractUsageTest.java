package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.PeriodUsage;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/**
 * The usage rule on the real ORM: a period counts the work its issued invoice bills, or, before it is invoiced, the
 * uninvoiced billable work dated in it; work is never counted twice. ACME bills 60 EUR an hour.
 */
public class AoContractUsageTest {

    private static final ContractPeriod MAY = ContractPeriod.month(YearMonth.of(2026, 5));
    private static final ContractPeriod JUNE = ContractPeriod.month(YearMonth.of(2026, 6));

    private final InvoiceKit kit = new InvoiceKit();
    private final AoContractUsage target = kit.rateCard.app.bean(AoContractUsage.class);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void periodNotInvoiced_shouldCountTheBillableWorkDatedInIt() {
        kit.log(1, 1, "2026-05-04T09:00:00Z", 3600);
        kit.log(2, 2, "2026-06-03T09:00:00Z", 1800);

        assertEquals(List.of(usage(3600, "60.00"), usage(1800, "30.00")), target.usage("ACME", List.of(MAY, JUNE)));
    }

    @Test
    public void invoicedPeriod_shouldCountWhatItsInvoiceBills() {
        kit.log(1, 1, "2026-05-04T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-05-01", "2026-05-31");
        kit.issuing.issue(draft.id(), LocalDate.of(2026, 6, 1), null, "fiona");

        assertEquals(usage(3600, "60.00"), target.usage("ACME", MAY));
    }

    @Test
    public void workAddedToAnInvoicedPeriod_shouldCountInNeitherUntilAnInvoiceBillsIt() {
        kit.log(1, 1, "2026-05-04T09:00:00Z", 3600);
        kit.issuing.issue(kit.draft("2026-05-01", "2026-05-31").id(), LocalDate.of(2026, 6, 1), null, "fiona");

        kit.log(2, 1, "2026-05-20T09:00:00Z", 1800);

        assertEquals(List.of(usage(3600, "60.00"), usage(0, "0.00")), target.usage("ACME", List.of(MAY, JUNE)));
    }

    private static PeriodUsage usage(long seconds, String euros) {
        return new PeriodUsage(seconds, Money.parse(euros, "EUR"));
    }
}
