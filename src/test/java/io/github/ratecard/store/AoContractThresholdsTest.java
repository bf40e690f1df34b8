package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.contract.ContractPeriod;
import io.github.ratecard.contract.ContractThresholds;
import io.github.ratecard.contract.ThresholdCrossing;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/** The contracts' thresholds and crossings in RC_SETTING, on the real ORM (H2, or PostgreSQL with -Dratecard.db=postgres). */
public class AoContractThresholdsTest {

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoContractThresholds target = new AoContractThresholds(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void thresholds_shouldBeReadBackAsSaved() {
        ContractThresholds saved = new ContractThresholds("ACME_LABS", List.of(80, 100), List.of(), "JIRAUSER10|odd");

        target.save(saved);

        assertEquals(Optional.of(saved), target.thresholds("ACME_LABS"));
    }

    @Test
    public void save_shouldReplaceTheThresholdsTheAccountHad() {
        target.save(new ContractThresholds("ACME", List.of(80), List.of(90), "fiona"));
        ContractThresholds changed = new ContractThresholds("ACME", List.of(), List.of(50, 75), "finn");

        target.save(changed);

        assertEquals(List.of(changed), target.all());
    }

    @Test
    public void all_shouldHoldEveryAccountButNoCrossingOrOtherSetting() {
        target.save(new ContractThresholds("GLOBEX", List.of(80), List.of(), "fiona"));
        target.save(new ContractThresholds("ACME", List.of(), List.of(100), "fiona"));
        target.insert(crossing("ACME", 100));
        new AoSettings(database.activeObjects(), () -> java.time.ZoneOffset.UTC).setSellerName("Seller");

        assertEquals(List.of("ACME", "GLOBEX"), target.all().stream().map(ContractThresholds::accountKey).toList());
    }

    @Test
    public void crossing_shouldBeRaisedOnceAndReadBack() {
        ThresholdCrossing crossing = crossing("ACME", 80);
        assertFalse(target.raised(crossing.dedupKey()));

        target.insert(crossing);

        assertTrue(target.raised(crossing.dedupKey()));
        assertEquals(List.of(crossing), target.crossings("ACME", 10));
    }

    @Test
    public void theSameCrossingTwice_shouldBeRefusedByTheDatabase() {
        target.insert(crossing("ACME", 80));

        assertThrows(RuntimeException.class, () -> target.insert(crossing("ACME", 80)));
        assertEquals(1, target.crossings("ACME", 10).size());
    }

    @Test
    public void crossings_shouldBeTheAccountsOnlyEvenWhenItsKeyHasAnUnderscore() {
        target.insert(crossing("ACME_LABS", 80));
        target.insert(crossing("ACMEXLABS", 80));

        assertEquals(List.of("ACME_LABS"), target.crossings("ACME_LABS", 10).stream().map(ThresholdCrossing::accountKey).toList());
    }

    @Test
    public void crossingWithoutPercent_shouldBeReadBackWithout() {
        ThresholdCrossing crossing = new ThresholdCrossing("ACME", ThresholdCrossing.Kind.CAP, new ContractPeriod(YearMonth.of(2026, 4),
                YearMonth.of(2026, 11)), 100, Optional.empty(), Instant.parse("2026-11-25T10:00:00Z"));

        target.insert(crossing);

        assertEquals(List.of(crossing), target.crossings("ACME", 10));
    }

    private static ThresholdCrossing crossing(String account, int threshold) {
        return new ThresholdCrossing(account, ThresholdCrossing.Kind.RETAINER, ContractPeriod.month(YearMonth.of(2026, 11)), threshold,
                Optional.of(new BigDecimal("83.5")), Instant.parse("2026-11-25T10:00:00Z"));
    }
}
