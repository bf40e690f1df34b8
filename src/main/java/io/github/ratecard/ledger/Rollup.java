package io.github.ratecard.ledger;

import java.time.YearMonth;

/**
 * What one group of ledger entries adds up to (a project's month for one user, or an account's
 * month): worked and billed seconds, cost and bill in minor units, how many entries and how many
 * of them lack a price. Contributions of entries are added and subtracted as entries change.
 */
public record Rollup(Key key, long workedSeconds, long billedSeconds, long costMinor, long billMinor, long entries, long unpriced) {

    /** PROJECT groups by project, month, user and account (with its currency); ACCOUNT by account, month and currency. */
    public enum Kind { PROJECT, ACCOUNT }

    public record Key(Kind kind, Long projectId, String userKey, String accountKey, String currency, YearMonth month) {
    }

    /** The two groups an entry counts in (one when it has no account). */
    public static java.util.List<Rollup> contributionsOf(LedgerEntry entry, int sign) {
        YearMonth month = YearMonth.from(entry.workDate());
        long cost = entry.cost() == null ? 0 : entry.cost().minorUnits();
        long bill = entry.bill() == null ? 0 : entry.bill().minorUnits();
        long unpriced = entry.isPriced() ? 0 : 1;
        String currency = entry.bill() == null ? null : entry.bill().currency().getCurrencyCode();
        java.util.List<Rollup> rollups = new java.util.ArrayList<>(2);
        rollups.add(new Rollup(new Key(Kind.PROJECT, entry.projectId(), entry.authorKey(), entry.accountKey(), currency, month),
                sign * entry.workedSeconds(), sign * entry.billedSeconds(), sign * cost, sign * bill, sign, sign * unpriced));
        if (entry.accountKey() != null) {
            rollups.add(new Rollup(new Key(Kind.ACCOUNT, null, null, entry.accountKey(), currency, month),
                    sign * entry.workedSeconds(), sign * entry.billedSeconds(), sign * cost, sign * bill, sign, sign * unpriced));
        }
        return rollups;
    }

    public Rollup plus(Rollup other) {
        return new Rollup(key, workedSeconds + other.workedSeconds, billedSeconds + other.billedSeconds, costMinor + other.costMinor,
                billMinor + other.billMinor, entries + other.entries, unpriced + other.unpriced);
    }

    public boolean isEmpty() {
        return workedSeconds == 0 && billedSeconds == 0 && costMinor == 0 && billMinor == 0 && entries == 0 && unpriced == 0;
    }
}
