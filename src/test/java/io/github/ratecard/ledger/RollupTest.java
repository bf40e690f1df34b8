package io.github.ratecard.ledger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.Test;

/** What one ledger entry adds to its rollup groups, for realisation: billable seconds, value and entries without a value. */
public class RollupTest {

    private static final Instant AT = Instant.parse("2026-04-15T08:00:00Z");

    @Test
    public void billableEntry_shouldAddItsWorkedSecondsAsBillableAndItsValue() {
        Rollup project = contributions(entry(true, "ACME", "15.00", "7.00"), 1).get(0);

        assertEquals(7 * 60, project.workedSeconds());
        assertEquals(15 * 60, project.billedSeconds());
        assertEquals(7 * 60, project.billableSeconds());
        assertEquals(700, project.valueMinor());
        assertEquals(0, project.unvalued());
    }

    @Test
    public void nonBillableEntry_shouldAddItsValueButNoBillableSeconds() {
        Rollup project = contributions(entry(false, "ACME", "0.00", "7.00"), 1).get(0);

        assertEquals(0, project.billableSeconds());
        assertEquals(0, project.billMinor());
        assertEquals(700, project.valueMinor());
        assertEquals(0, project.unvalued());
    }

    @Test
    public void entryWithoutAValue_shouldCountAsUnvalued() {
        Rollup project = contributions(entry(true, "ACME", null, null), 1).get(0);

        assertEquals(7 * 60, project.billableSeconds());
        assertEquals(0, project.valueMinor());
        assertEquals(1, project.unvalued());
    }

    @Test
    public void everyGroupOfTheEntry_shouldGetTheSameFigures() {
        List<Rollup> all = contributions(entry(true, "ACME", "15.00", "7.00"), 1);

        assertEquals(List.of(Rollup.Kind.PROJECT, Rollup.Kind.PROJECT_DAY, Rollup.Kind.ACCOUNT, Rollup.Kind.ACCOUNT_DAY, Rollup.Kind.PERSON),
                all.stream().map(r -> r.key().kind()).toList());
        assertTrue(all.stream().allMatch(r -> r.billableSeconds() == 7 * 60 && r.valueMinor() == 700 && r.unvalued() == 0));
        assertEquals(YearMonth.of(2026, 4), all.get(2).key().month());
    }

    @Test
    public void anyEntry_shouldCountInItsAuthorsMonthInItsBillsCurrency() {
        Rollup.Key person = new Rollup.Key(Rollup.Kind.PERSON, null, "ana", null, "EUR", YearMonth.of(2026, 4));

        Rollup withAccount = contributions(entry(true, "ACME", "15.00", "7.00"), 1).get(4);
        List<Rollup> withoutAccount = contributions(entry(false, null, "0.00", null), 1);

        assertEquals(person, withAccount.key());
        assertEquals(new Rollup(person, 7 * 60, 15 * 60, 350, 1500, 1, 0, 7 * 60, 700, 0), withAccount);
        assertEquals(List.of(Rollup.Kind.PROJECT, Rollup.Kind.PROJECT_DAY, Rollup.Kind.PERSON),
                withoutAccount.stream().map(r -> r.key().kind()).toList());
        assertEquals(person, withoutAccount.get(2).key());
        assertNull(contributions(entry(true, "ACME", null, null), 1).get(4).key().currency());
    }

    @Test
    public void removedEntry_shouldTakeItsPersonsFiguresAwayAgain() {
        LedgerEntry entry = entry(true, "ACME", "15.00", "7.00");
        Rollup added = contributions(entry, 1).get(4);
        Rollup removed = contributions(entry, -1).get(4);

        assertEquals(Rollup.Kind.PERSON, removed.key().kind());
        assertEquals(new Rollup(added.key(), -7 * 60, -15 * 60, -350, -1500, -1, 0, -7 * 60, -700, 0), removed);
        assertTrue(added.plus(removed).isEmpty());
    }

    @Test
    public void person_shouldBeAMonthlyKind() {
        assertFalse(Rollup.Kind.PERSON.isDaily());
        assertFalse(Rollup.Kind.PROJECT.isDaily());
        assertTrue(Rollup.Kind.PROJECT_DAY.isDaily());
    }

    @Test
    public void removedEntry_shouldTakeItsFiguresAwayAgain() {
        LedgerEntry entry = entry(true, "ACME", "15.00", "7.00");
        Rollup added = contributions(entry, 1).get(0);
        Rollup removed = contributions(entry, -1).get(0);

        assertEquals(-700, removed.valueMinor());
        assertEquals(-7 * 60, removed.billableSeconds());
        assertTrue(added.plus(removed).isEmpty());
        assertEquals(-1, added.plus(contributions(entry(true, "ACME", null, null), -1).get(0)).unvalued());
    }

    @Test
    public void aValueInAnotherCurrencyThanTheBill_shouldBeRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LedgerEntry(1, 10, 100, "ana", AT, LocalDate.of(2026, 4, 15), 420, 900, true,
                "ACME", null, Money.parse("15.00", "EUR"), Money.parse("7.00", "USD"), null, 2L, PricingStatus.MISSING_COST_RATE, AT, AT,
                false));
    }

    private static List<Rollup> contributions(LedgerEntry entry, int sign) {
        return Rollup.contributionsOf(entry, sign);
    }

    private static LedgerEntry entry(boolean billable, String account, String bill, String value) {
        return new LedgerEntry(1, 10, 100, "ana", AT, LocalDate.of(2026, 4, 15), 7 * 60, 15 * 60, billable, account,
                Money.parse("3.50", "EUR"), bill == null ? null : Money.parse(bill, "EUR"), value == null ? null : Money.parse(value, "EUR"),
                1L, billable && bill != null ? 2L : null, bill == null ? PricingStatus.MISSING_BILL_RATE : PricingStatus.PRICED, AT, AT, false);
    }
}
