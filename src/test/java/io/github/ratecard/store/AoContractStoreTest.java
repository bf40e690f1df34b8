package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.contract.BalanceAdjustment;
import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.contract.TimeAndMaterials;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/** Contracts and balance adjustments on the real ORM: every kind of terms is read back as saved. */
public class AoContractStoreTest {

    private static final Retainer RETAINER = Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("12000.00", "EUR"), 120 * 3600L,
            Rollover.upTo(20 * 3600L).expiringAfter(3), HourlyRate.parse("85.5", "EUR"));
    private static final FixedFee FIXED_FEE = new FixedFee(List.of(
            new Instalment("Kick-off", Money.parse("5000.00", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-07-15"))),
            new Instalment("Go-live", Money.parse("15000.00", "EUR"), new InstalmentDue.OnMilestone("SHOP-42"))));

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoContractStore target = new AoContractStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void contract_ofEveryKind_shouldBeReadBackAsSaved() {
        Contract contract = new Contract("ACME", Currencies.of("EUR"), YearMonth.parse("2026-01"), Optional.of(YearMonth.parse("2027-12")), List.of(
                new DatedTerms(YearMonth.parse("2026-01"), TimeAndMaterials.INSTANCE),
                new DatedTerms(YearMonth.parse("2026-04"), RETAINER),
                new DatedTerms(YearMonth.parse("2026-07"), FIXED_FEE),
                new DatedTerms(YearMonth.parse("2026-10"), new Cap(Money.parse("30000.00", "EUR"), CapScope.QUARTER)),
                new DatedTerms(YearMonth.parse("2027-01"), Retainer.atRateCard(PeriodLength.QUARTER, Money.parse("9000.00", "EUR"), 0, Rollover.NONE))));

        target.save(contract);

        assertEquals(Optional.of(contract), target.contract("ACME"));
    }

    @Test
    public void contracts_ofSeveralAccounts_shouldBeReadTogetherEachWithItsOwnTermsAndInstalments() {
        Contract acme = new Contract("ACME", Currencies.of("EUR"), YearMonth.parse("2026-01"), Optional.empty(), List.of(
                new DatedTerms(YearMonth.parse("2026-01"), FIXED_FEE), new DatedTerms(YearMonth.parse("2026-04"), RETAINER)));
        FixedFee yen = new FixedFee(List.of(new Instalment("Kick-off", Money.parse("500000", "JPY"),
                new InstalmentDue.OnDate(LocalDate.parse("2026-03-31")))));
        Contract nippon = new Contract("NIPPON", Currencies.of("JPY"), YearMonth.parse("2026-02"), Optional.empty(), List.of(
                new DatedTerms(YearMonth.parse("2026-02"), yen)));
        target.save(acme);
        target.save(nippon);

        assertEquals(java.util.Map.of("ACME", acme, "NIPPON", nippon), target.contracts(List.of("ACME", "NIPPON", "GLOBEX")));
        assertEquals(java.util.Map.of(), target.contracts(List.of("GLOBEX")));
    }

    @Test
    public void save_shouldReplaceTheTermsTheContractHad() {
        target.save(new Contract("ACME", Currencies.of("EUR"), YearMonth.parse("2026-01"), Optional.empty(),
                List.of(new DatedTerms(YearMonth.parse("2026-01"), FIXED_FEE))));
        Contract changed = new Contract("ACME", Currencies.of("EUR"), YearMonth.parse("2026-02"), Optional.empty(),
                List.of(new DatedTerms(YearMonth.parse("2026-02"), RETAINER)));

        target.save(changed);

        assertEquals(Optional.of(changed), target.contract("ACME"));
    }

    @Test
    public void delete_shouldLeaveTheAccountWithoutContract() {
        target.save(new Contract("ACME", Currencies.of("EUR"), YearMonth.parse("2026-01"), Optional.empty(),
                List.of(new DatedTerms(YearMonth.parse("2026-01"), FIXED_FEE))));

        assertTrue(target.delete("ACME"));

        assertEquals(Optional.empty(), target.contract("ACME"));
        assertFalse(target.delete("ACME"));
    }

    @Test
    public void adjustments_shouldBeKeptPerAccountOldestFirst() {
        long later = target.insert(BalanceAdjustment.unsaved("ACME", YearMonth.parse("2026-05"), -3600, "Hours logged twice", "fiona",
                Instant.parse("2026-06-02T10:00:00Z")));
        long first = target.insert(BalanceAdjustment.unsaved("ACME", YearMonth.parse("2026-04"), 7200, "Goodwill", "fiona",
                Instant.parse("2026-06-01T10:00:00Z")));
        target.insert(BalanceAdjustment.unsaved("GLOBEX", YearMonth.parse("2026-04"), 7200, "Goodwill", "fiona", Instant.parse("2026-06-01T10:00:00Z")));

        assertEquals(List.of(first, later), target.adjustments("ACME").stream().map(BalanceAdjustment::id).toList());
        assertEquals(List.of(7200L, -3600L), target.adjustments("ACME").stream().map(BalanceAdjustment::seconds).toList());
    }
}
