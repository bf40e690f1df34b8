package io.github.ratecard.ledger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BillableChoice;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.InMemoryRateBook;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateBook;
import io.github.ratecard.rates.RateScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class WorklogPricerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final RateBook RATES = new InMemoryRateBook(List.of(
            rate(1, RateScope.global(), "30", "EUR", "2026-01-01"),
            new Rate(2, RateScope.account("ACME"), HourlyRate.parse("60", "EUR"),
                    EffectivePeriod.between(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-05-31"))),
            rate(3, RateScope.account("ACME"), "66", "EUR", "2026-06-01")), List.of());

    @Test
    public void billableWork_shouldBeBilledByTheAccountsRuleAndRate() {
        LedgerEntry entry = pricer(account("ACME", AccountCategory.BILLABLE)).price(worklog("2026-04-15T08:00:00Z", 7 * 60), NOW);

        assertEquals(PricingStatus.PRICED, entry.status());
        assertEquals(15 * 60, entry.billedSeconds());
        assertEquals(Money.parse("15.00", "EUR"), entry.bill());
        assertEquals(Money.parse("3.50", "EUR"), entry.cost());
        assertEquals(Long.valueOf(2), entry.billRateId());
        assertEquals(Long.valueOf(1), entry.costRateId());
        assertTrue(entry.billable());
    }

    @Test
    public void priceChange_shouldApplyFromItsFirstDayInTheReportingZone() {
        // 23:30 UTC on 31 May is already 1 June in Berlin (UTC+2 in summer)
        LedgerEntry entry = pricer(account("ACME", AccountCategory.BILLABLE)).price(worklog("2026-05-31T23:30:00Z", 3600), NOW);

        assertEquals(LocalDate.of(2026, 6, 1), entry.workDate());
        assertEquals(Long.valueOf(3), entry.billRateId());
        assertEquals(Money.parse("66.00", "EUR"), entry.bill());
    }

    @Test
    public void workDate_shouldBeTheLocalDayOnTheDaylightSavingChange() {
        // 25 October 2026: Berlin goes from UTC+2 to UTC+1 at 01:00 UTC
        assertEquals(LocalDate.of(2026, 10, 25),
                pricer(account("ACME", AccountCategory.BILLABLE)).price(worklog("2026-10-24T22:30:00Z", 3600), NOW).workDate());
        assertEquals(LocalDate.of(2026, 10, 25),
                pricer(account("ACME", AccountCategory.BILLABLE)).price(worklog("2026-10-25T22:59:00Z", 3600), NOW).workDate());
        assertEquals(LocalDate.of(2026, 10, 26),
                pricer(account("ACME", AccountCategory.BILLABLE)).price(worklog("2026-10-25T23:00:00Z", 3600), NOW).workDate());
    }

    @Test
    public void workSpanningMidnight_shouldBelongToTheDayItStarted() {
        LedgerEntry entry = pricer(account("ACME", AccountCategory.BILLABLE)).price(worklog("2026-03-10T21:30:00Z", 3 * 3600), NOW);

        assertEquals(LocalDate.of(2026, 3, 10), entry.workDate());
        assertEquals(3 * 3600, entry.workedSeconds());
    }

    @Test
    public void internalWork_shouldBillNothingButKeepItsCost() {
        LedgerEntry entry = pricer(account("INTERNAL", AccountCategory.INTERNAL)).price(worklog("2026-04-15T08:00:00Z", 3600), NOW);

        assertFalse(entry.billable());
        assertEquals(0, entry.billedSeconds());
        assertEquals(Money.zero(Currency.getInstance("EUR")), entry.bill());
        assertEquals(Money.parse("30.00", "EUR"), entry.cost());
        assertEquals(PricingStatus.PRICED, entry.status());
    }

    @Test
    public void workWithoutAnAccount_shouldBeMarkedSoAndKeepItsCost() {
        LedgerEntry entry = pricer(null).price(worklog("2026-04-15T08:00:00Z", 3600), NOW);

        assertEquals(PricingStatus.NO_ACCOUNT, entry.status());
        assertNull(entry.bill());
        assertEquals(Money.parse("30.00", "EUR"), entry.cost());
    }

    @Test
    public void missingBillRate_shouldBeVisibleNotZero() {
        LedgerEntry entry = pricer(account("GLOBEX", AccountCategory.BILLABLE)).price(worklog("2026-04-15T08:00:00Z", 3600), NOW);

        assertEquals(PricingStatus.MISSING_BILL_RATE, entry.status());
        assertNull(entry.bill());
        assertNull(entry.billRateId());
    }

    @Test
    public void missingCostRate_shouldWinOverEveryOtherStatus() {
        LedgerEntry entry = pricer(account("ACME", AccountCategory.BILLABLE)).price(worklog("2025-12-31T08:00:00Z", 3600), NOW);

        assertEquals(PricingStatus.MISSING_COST_RATE, entry.status());
        assertNull(entry.cost());
    }

    @Test
    public void billableWork_shouldBeValuedAtItsWorkedTimeNotItsBilledTime() {
        LedgerEntry entry = pricer(account("ACME", AccountCategory.BILLABLE)).price(worklog("2026-04-15T08:00:00Z", 7 * 60), NOW);

        assertEquals(Money.parse("15.00", "EUR"), entry.bill());
        assertEquals(Money.parse("7.00", "EUR"), entry.value());
    }

    @Test
    public void nonBillableWorkOnAnAccountWithABillRate_shouldStillHaveAValue() {
        LedgerEntry entry = pricer(account("ACME", AccountCategory.INTERNAL)).price(worklog("2026-04-15T08:00:00Z", 90 * 60), NOW);

        assertFalse(entry.billable());
        assertEquals(Money.zero(Currency.getInstance("EUR")), entry.bill());
        assertEquals(Money.parse("90.00", "EUR"), entry.value());
        assertNull("the bill rate is named for billed work only", entry.billRateId());
    }

    @Test
    public void value_shouldBeRoundedOnceHalfUpAsTheBillIs() {
        // 327 s at 66.00/h is 5.995 exactly; 1 s is 0.0183...
        assertEquals(Money.parse("6.00", "EUR"),
                pricer(account("ACME", AccountCategory.INTERNAL)).price(worklog("2026-06-15T08:00:00Z", 327), NOW).value());
        assertEquals(Money.parse("0.02", "EUR"),
                pricer(account("ACME", AccountCategory.INTERNAL)).price(worklog("2026-06-15T08:00:00Z", 1), NOW).value());
    }

    @Test
    public void workWithoutABillRateOrAnAccount_shouldHaveNoValue() {
        assertNull(pricer(account("GLOBEX", AccountCategory.BILLABLE)).price(worklog("2026-04-15T08:00:00Z", 3600), NOW).value());
        assertNull(pricer(account("GLOBEX", AccountCategory.INTERNAL)).price(worklog("2026-04-15T08:00:00Z", 3600), NOW).value());
        assertNull(pricer(null).price(worklog("2026-04-15T08:00:00Z", 3600), NOW).value());
    }

    @Test
    public void estimate_shouldBePricedAtTheRatesOfItsDay() {
        List<PricedEstimate> priced = pricer(account("ACME", AccountCategory.BILLABLE)).priceEstimates(List.of(
                estimate("ana", "2026-05-31", 3600), estimate("ana", "2026-06-01", 3600)));

        assertEquals(Money.parse("60.00", "EUR"), priced.get(0).bill());
        assertEquals(Money.parse("66.00", "EUR"), priced.get(1).bill());
    }

    @Test
    public void unassignedEstimate_shouldBePricedByTheDefaults() {
        PricedEstimate priced = pricer(account("ACME", AccountCategory.BILLABLE)).priceEstimates(List.of(estimate(null, "2026-04-15", 2 * 3600)))
                .get(0);

        assertEquals(Money.parse("60.00", "EUR"), priced.cost());
        assertEquals("ACME", priced.accountKey());
    }

    @Test
    public void estimate_shouldFollowItsIssuesBillableField() {
        BillingFacts nonBillableIssue = new BillingFacts() {
            @Override
            public Loaded load(Collection<WorklogRecord> worklogs, Set<Long> heldByLedger) {
                throw new AssertionError("an estimate has no worklog to load facts for");
            }

            @Override
            public Map<Long, IssueBilling> ofIssues(Collection<Long> issueIds) {
                return Map.of(200L, new IssueBilling(200, null, BillableChoice.NON_BILLABLE));
            }
        };

        PricedEstimate priced = pricer(account("ACME", AccountCategory.BILLABLE), nonBillableIssue)
                .priceEstimates(List.of(estimate("ana", "2026-04-15", 3600))).get(0);

        assertFalse(priced.billable());
        assertEquals(Money.zero(Currency.getInstance("EUR")), priced.bill());
        assertEquals(Money.parse("30.00", "EUR"), priced.cost());
    }

    private static WorklogPricer pricer(ClientAccount account) {
        return pricer(account, BillingFacts.NONE);
    }

    private static WorklogPricer pricer(ClientAccount account, BillingFacts facts) {
        return new WorklogPricer(RATES, new BillingContext() {
            @Override
            public Optional<ClientAccount> projectDefault(long projectId) {
                return Optional.ofNullable(account);
            }

            @Override
            public Optional<ClientAccount> account(String accountKey) {
                return Optional.ofNullable(account).filter(a -> a.key().equals(accountKey));
            }

            @Override
            public java.util.Set<String> linkedAccounts(long projectId) {
                return account == null ? java.util.Set.of() : java.util.Set.of(account.key());
            }
        }, facts, () -> BERLIN);
    }

    private static WorklogRecord worklog(String started, long seconds) {
        return new WorklogRecord(100, 200, "ACME-1", 300, "ACME", "ana", Instant.parse(started), seconds, Instant.parse(started).plusSeconds(seconds));
    }

    private static WorkEstimate estimate(String assignee, String day, long seconds) {
        return new WorkEstimate(200, "ACME-1", 300, assignee, LocalDate.parse(day), seconds);
    }

    private static ClientAccount account(String key, AccountCategory category) {
        return new ClientAccount(key, key, "", Currency.getInstance(key.equals("GLOBEX") ? "USD" : "EUR"), category, AccountStatus.OPEN,
                new BilledTimeRule(15, BilledTimeRule.Mode.UP, 0), BigDecimal.ZERO, null);
    }

    private static Rate rate(long id, RateScope scope, String amount, String currency, String from) {
        return new Rate(id, scope, HourlyRate.parse(amount, currency), EffectivePeriod.from(LocalDate.parse(from)));
    }
}
