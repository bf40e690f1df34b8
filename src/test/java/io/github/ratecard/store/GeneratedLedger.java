package io.github.ratecard.store;

import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.money.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/** Ledger entries of a seeded random mix for the rollup tests, and an entry's rollups as the model versions before 9 kept them. */
final class GeneratedLedger {

    static final YearMonth FIRST_MONTH = YearMonth.of(2026, 9);
    private static final Instant AT = Instant.parse("2026-10-01T08:00:00Z");

    private GeneratedLedger() {
    }

    /**
     * An entry of one of 12 people on one of 5 projects, of one of 3 accounts or none, billed in EUR or USD or unpriced, some
     * without a cost, in the 120 days from {@link #FIRST_MONTH}.
     */
    static LedgerEntry entry(Random random, int worklog) {
        String account = List.of("ACME", "GLX", "INTERNAL", "NONE").get(random.nextInt(4));
        String currency = random.nextBoolean() ? "EUR" : "USD";
        boolean billable = !account.equals("INTERNAL") && random.nextInt(3) > 0;
        long worked = 60L * (1 + random.nextInt(240));
        Money bill = account.equals("NONE") || random.nextInt(10) == 0 ? null : Money.parse(billable ? "42.50" : "0.00", currency);
        Money value = bill == null ? null : Money.parse("21.25", currency);
        return new LedgerEntry(worklog, 100 + worklog, 1 + random.nextInt(5), "u" + random.nextInt(12), AT,
                FIRST_MONTH.atDay(1).plusDays(random.nextInt(120)), worked, billable ? worked + 60 : 0, billable,
                account.equals("NONE") ? null : account, random.nextInt(8) == 0 ? null : Money.parse("10.00", "EUR"), bill, value, 1L,
                bill == null ? null : 2L, bill == null ? PricingStatus.MISSING_BILL_RATE : PricingStatus.PRICED, AT, AT, false);
    }

    /** The entry's contributions to the kinds of rollups before model version 9 (which added PERSON and made its rows itself). */
    static List<Rollup> contributionsBeforeModel9(LedgerEntry entry, int sign) {
        return Rollup.contributionsOf(entry, sign).stream().filter(rollup -> rollup.key().kind() != Rollup.Kind.PERSON).toList();
    }
}
