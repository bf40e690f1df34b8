package io.github.ratecard.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.store.AoContractThresholds;
import io.github.ratecard.testing.kits.InvoiceKit;
import io.github.ratecard.testing.kits.RateCardKit;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookEvents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * The contract alerts on a real database: ACME (EUR, 60 EUR an hour at the rate card, lead "lead") with a monthly
 * retainer of 10 prepaid hours or a cap from November 2026, the month the kit's clock is in; thresholds 80 and 100 %,
 * set by fiona. Work is logged by the whole hour.
 */
public class ContractWatchTest {

    private static final long H = 3600;
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Retainer RETAINER = Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("1000", "EUR"), 10 * H, Rollover.NONE,
            HourlyRate.parse("85", "EUR"));

    private final InvoiceKit kit = new InvoiceKit();
    private final ContractStore contracts = kit.rateCard.app.bean(ContractStore.class);
    private final AoContractThresholds thresholds = kit.rateCard.app.bean(AoContractThresholds.class);
    private final List<String> mails = new ArrayList<>();
    private final List<Map<String, Object>> published = new ArrayList<>();
    private final ContractWatch target = watch();
    private long nextWorklog = 1;

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void retainerUsedBelowTheLowestThreshold_shouldRaiseNothing() {
        retainerWithThresholds();
        work("2026-11-02", 7);

        assertEquals(List.of(), check());
        assertEquals(List.of(), mails);
    }

    @Test
    public void retainerUsedExactlyToAThreshold_shouldRaiseItOnceWithTheUsedPercent() {
        retainerWithThresholds();
        work("2026-11-02", 8);

        List<ThresholdCrossing> raised = check();

        assertEquals(List.of(80), raised.stream().map(ThresholdCrossing::threshold).toList());
        assertEquals(Optional.of(new BigDecimal("80.0")), raised.get(0).consumedPercent());
        assertEquals(ContractPeriod.month(NOVEMBER), raised.get(0).period());
        assertEquals(List.of("80 to [fiona, lead]"), mails);
    }

    @Test
    public void secondRun_shouldRaiseNothingAgain() {
        retainerWithThresholds();
        work("2026-11-02", 8);
        check();

        assertEquals(List.of(), check());
        assertEquals(1, mails.size());
        assertEquals(1, published.size());
    }

    @Test
    public void anotherNode_shouldSeeTheCrossingTheFirstRaised() {
        retainerWithThresholds();
        work("2026-11-02", 9);
        check();

        assertEquals(List.of(), watch().check(NOVEMBER, (item, e) -> { throw new AssertionError(item, e); }));
    }

    @Test
    public void usingMore_shouldRaiseOnlyTheThresholdNotYetRaised() {
        retainerWithThresholds();
        work("2026-11-02", 8);
        check();
        work("2026-11-10", 2);

        assertEquals(List.of(100), check().stream().map(ThresholdCrossing::threshold).toList());
        assertEquals(List.of("80 to [fiona, lead]", "100 to [fiona, lead]"), mails);
    }

    @Test
    public void passingTwoThresholdsAtOnce_shouldRaiseBothAndMailTheHighestOnce() {
        retainerWithThresholds();
        work("2026-11-02", 6, 6);

        assertEquals(List.of(80, 100), check().stream().map(ThresholdCrossing::threshold).toList());
        assertEquals(List.of("100 to [fiona, lead]"), mails);
    }

    @Test
    public void eachCrossing_shouldBeAuditedAndPublishedToWebhooks() {
        retainerWithThresholds();
        work("2026-11-02", 8);

        check();

        assertEquals(1, kit.rateCard.app.bean("auditLog", AuditLog.class).recent(ContractWatch.AUDIT_TYPE, 10).size());
        assertEquals(Map.of("accountKey", "ACME", "kind", "retainer", "threshold", 80, "periodFrom", "2026-11", "periodTo", "2026-11"),
                without(published.get(0), "consumedPercent"));
    }

    @Test
    public void accountWithoutThresholds_shouldRaiseNothing() {
        contract(RETAINER);
        work("2026-11-02", 12);

        assertEquals(List.of(), check());
    }

    @Test
    public void capPerMonth_shouldAlertByWhatItBilledOfTheLimit() {
        contract(new Cap(Money.parse("600", "EUR"), CapScope.MONTH));
        thresholds.save(new ContractThresholds("ACME", List.of(), List.of(50, 100), "fiona"));
        work("2026-11-02", 7);

        List<ThresholdCrossing> raised = check();

        assertEquals(List.of(50), raised.stream().map(ThresholdCrossing::threshold).toList());
        assertEquals(ThresholdCrossing.Kind.CAP, raised.get(0).kind());
        assertEquals(Optional.of(new BigDecimal("70.0")), raised.get(0).consumedPercent());
    }

    @Test
    public void totalCap_shouldAlertOnceForItsWholeRunNotAgainNextMonth() {
        contracts.save(new Contract("ACME", java.util.Currency.getInstance("EUR"), YearMonth.of(2026, 10), Optional.empty(),
                List.of(new DatedTerms(YearMonth.of(2026, 10), new Cap(Money.parse("1000", "EUR"), CapScope.TOTAL)))));
        thresholds.save(new ContractThresholds("ACME", List.of(), List.of(80), "fiona"));
        work("2026-10-05", 5, 5);
        work("2026-11-02", 4);

        List<ThresholdCrossing> november = check();
        List<ThresholdCrossing> december = target.check(NOVEMBER.plusMonths(1), (item, e) -> { throw new AssertionError(item, e); });

        assertEquals(new ContractPeriod(YearMonth.of(2026, 10), NOVEMBER), november.get(0).period());
        assertEquals(List.of(), december);
    }

    private List<ThresholdCrossing> check() {
        return target.check(NOVEMBER, (item, e) -> { throw new AssertionError(item, e); });
    }

    private ContractWatch watch() {
        var app = kit.rateCard.app;
        ThresholdMailer mailer = (crossing, recipients) -> mails.add(crossing.threshold() + " to " + recipients);
        WebhookEvents events = (event, document, data) -> {
            assertEquals(WebhookEvent.CONTRACT_THRESHOLD_REACHED, event);
            published.add(data);
        };
        return new ContractWatch(app.bean(AoContractThresholds.class), app.bean(ContractStore.class), app.bean(ContractFigures.class), mailer,
                app.bean("accountStore", AccountStore.class), app.bean("projectDirectory", ProjectDirectory.class), app.bean("auditLog", AuditLog.class),
                events, app.bean("settings", ReportingSettings.class), app.bean("transactions", Transactions.class), RateCardKit.CLOCK);
    }

    private void retainerWithThresholds() {
        contract(RETAINER);
        thresholds.save(new ContractThresholds("ACME", List.of(100, 80), List.of(), "fiona"));
    }

    private void contract(ContractTerms terms) {
        contracts.save(new Contract("ACME", java.util.Currency.getInstance("EUR"), NOVEMBER, Optional.empty(), List.of(new DatedTerms(NOVEMBER, terms))));
    }

    /** Worklogs of the hours given on consecutive days from {@code first}, each on its own issue. */
    private void work(String first, long... hours) {
        LocalDate day = LocalDate.parse(first);
        for (long each : hours) {
            long id = nextWorklog++;
            kit.log(id, 1 + id % 20, day + "T09:00:00Z", each * H);
            day = day.plusDays(1);
        }
    }

    private static Map<String, Object> without(Map<String, Object> data, String key) {
        Map<String, Object> rest = new java.util.HashMap<>(data);
        rest.remove(key);
        assertTrue(data.containsKey(key));
        return rest;
    }
}
