package io.github.ratecard.ledger;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** What a change would do, entry by entry: a table of a stored entry, what it would become, and what the impact counts. */
@RunWith(Parameterized.class)
public class RepricingImpactTest {

    private static final Instant AT = Instant.parse("2026-10-05T09:00:00Z");

    @Parameterized.Parameter
    public String why;
    @Parameterized.Parameter(1)
    public LedgerEntry before;
    @Parameterized.Parameter(2)
    public LedgerEntry after;
    @Parameterized.Parameter(3)
    public String expected;

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> rows() {
        LedgerEntry priced = entry("ACME", eur("55.00"), eur("40.00"), 7L, PricingStatus.PRICED);
        return Arrays.asList(new Object[][] {
                {"the same price is not re-priced", priced, priced, "examined 1, repriced 0, losing 0, gaining 0, bill [], cost []"},
                {"a dearer bill rate moves the bill only", priced, entry("ACME", eur("60.00"), eur("40.00"), 8L, PricingStatus.PRICED),
                        "examined 1, repriced 1, losing 0, gaining 0, bill [5.00 EUR], cost []"},
                {"a new rate of the same amount is still another price", priced, entry("ACME", eur("55.00"), eur("40.00"), 9L, PricingStatus.PRICED),
                        "examined 1, repriced 1, losing 0, gaining 0, bill [], cost []"},
                {"a lost bill rate takes the whole bill away", priced, entry("ACME", null, eur("40.00"), null, PricingStatus.MISSING_BILL_RATE),
                        "examined 1, repriced 1, losing 1, gaining 0, bill [-55.00 EUR], cost []"},
                {"losing the account counts as losing the rate", priced, entry(null, null, eur("40.00"), null, PricingStatus.NO_ACCOUNT),
                        "examined 1, repriced 1, losing 1, gaining 0, bill [-55.00 EUR], cost []"},
                {"a rate found where one was missing is gained", entry("ACME", null, eur("40.00"), null, PricingStatus.MISSING_BILL_RATE), priced,
                        "examined 1, repriced 1, losing 0, gaining 1, bill [55.00 EUR], cost []"},
                {"another client moves the bill between currencies", priced,
                        entry("GLOBEX", Money.parse("62.00", "USD"), eur("40.00"), 11L, PricingStatus.PRICED),
                        "examined 1, repriced 1, losing 0, gaining 0, bill [-55.00 EUR, 62.00 USD], cost []"},
                {"work leaving the ledger takes bill and cost with it", priced, null,
                        "examined 1, repriced 1, losing 0, gaining 0, bill [-55.00 EUR], cost [-40.00 EUR]"},
                {"a lost cost rate lowers the cost", priced, entry("ACME", eur("55.00"), null, 7L, PricingStatus.MISSING_COST_RATE),
                        "examined 1, repriced 1, losing 1, gaining 0, bill [], cost [-40.00 EUR]"},
        });
    }

    @Test
    public void impact() {
        assertEquals(expected, describe(new RepricingImpact.Tally().add(before, after).impact()));
    }

    @Test
    public void impactOfTwoEntries_shouldAddUpToTheSumOfEach() {
        RepricingImpact one = new RepricingImpact.Tally().add(before, after).impact();
        RepricingImpact twice = new RepricingImpact.Tally().add(before, after).add(shifted(before), shifted(after)).impact();

        assertEquals(2 * one.examined(), twice.examined());
        assertEquals(2 * one.repriced(), twice.repriced());
        assertEquals(2 * one.losingRate(), twice.losingRate());
        assertEquals(one.billChange().stream().map(m -> m.plus(m)).toList(), twice.billChange());
        assertEquals(one.costChange().stream().map(m -> m.plus(m)).toList(), twice.costChange());
    }

    private static String describe(RepricingImpact impact) {
        return "examined " + impact.examined() + ", repriced " + impact.repriced() + ", losing " + impact.losingRate() + ", gaining "
                + impact.gainingRate() + ", bill " + impact.billChange() + ", cost " + impact.costChange();
    }

    private static LedgerEntry shifted(LedgerEntry entry) {
        return entry == null ? null : new LedgerEntry(entry.worklogId() + 1, entry.issueId(), entry.projectId(), entry.authorKey(), entry.started(),
                entry.workDate(), entry.workedSeconds(), entry.billedSeconds(), entry.billable(), entry.accountKey(), entry.cost(), entry.bill(),
                entry.value(), entry.costRateId(), entry.billRateId(), entry.status(), entry.pricedAt(), entry.sourceUpdated(), entry.invoiced());
    }

    private static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }

    private static LedgerEntry entry(String account, Money bill, Money cost, Long billRateId, PricingStatus status) {
        return new LedgerEntry(1, 10, 100, "ana", AT, LocalDate.of(2026, 10, 5), 3600, 3600, true, account, cost, bill, null,
                cost == null ? null : 3L, billRateId, status, AT, AT, false);
    }
}
