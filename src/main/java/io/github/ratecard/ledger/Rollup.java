package io.github.ratecard.ledger;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What one group of ledger entries adds up to (a project's month for one user, a person's month, or an
 * account's month): worked and billed seconds, cost and bill in minor units, how many entries and how many
 * of them lack a price; and, for realisation, the worked seconds of billable entries, the value of
 * the worked time at the entries' bill rates (minor units of the group's currency, billable or not)
 * and how many entries have no such value. Contributions of entries are added and subtracted as
 * entries change.
 */
public record Rollup(Key key, long workedSeconds, long billedSeconds, long costMinor, long billMinor, long entries, long unpriced,
                     long billableSeconds, long valueMinor, long unvalued) {

    /**
     * PROJECT groups by project, month, user and account (with its currency); ACCOUNT by account,
     * month and currency; PERSON by user (the entry's author), month and currency, over all projects
     * and accounts, for utilisation (a year is a few thousand rows where PROJECT has over a hundred
     * thousand). The daily kinds, for burn and budgets, drop the user: PROJECT_DAY groups
     * by project, day and account (with its currency), ACCOUNT_DAY by account, day and currency.
     */
    public enum Kind {
        PROJECT, ACCOUNT, PROJECT_DAY, ACCOUNT_DAY, PERSON;

        public boolean isDaily() {
            return this == PROJECT_DAY || this == ACCOUNT_DAY;
        }
    }

    /** {@code day} is set for the daily kinds only. */
    public record Key(Kind kind, Long projectId, String userKey, String accountKey, String currency, YearMonth month, LocalDate day) {

        public Key(Kind kind, Long projectId, String userKey, String accountKey, String currency, YearMonth month) {
            this(kind, projectId, userKey, accountKey, currency, month, null);
        }

        public static Key daily(Kind kind, Long projectId, String accountKey, String currency, LocalDate day) {
            return new Key(kind, projectId, null, accountKey, currency, YearMonth.from(day), day);
        }
    }

    /** The groups an entry counts in: a month and a day of its project, of its account when it has one, and a month of its author. */
    public static java.util.List<Rollup> contributionsOf(LedgerEntry entry, int sign) {
        YearMonth month = YearMonth.from(entry.workDate());
        long cost = entry.cost() == null ? 0 : entry.cost().minorUnits();
        long bill = entry.bill() == null ? 0 : entry.bill().minorUnits();
        long unpriced = entry.isPriced() ? 0 : 1;
        long billableSeconds = entry.billable() ? entry.workedSeconds() : 0;
        long value = entry.value() == null ? 0 : entry.value().minorUnits();
        long unvalued = entry.value() == null ? 1 : 0;
        String currency = entry.bill() == null ? null : entry.bill().currency().getCurrencyCode();
        java.util.List<Key> keys = new java.util.ArrayList<>(5);
        keys.add(new Key(Kind.PROJECT, entry.projectId(), entry.authorKey(), entry.accountKey(), currency, month));
        keys.add(Key.daily(Kind.PROJECT_DAY, entry.projectId(), entry.accountKey(), currency, entry.workDate()));
        if (entry.accountKey() != null) {
            keys.add(new Key(Kind.ACCOUNT, null, null, entry.accountKey(), currency, month));
            keys.add(Key.daily(Kind.ACCOUNT_DAY, null, entry.accountKey(), currency, entry.workDate()));
        }
        keys.add(new Key(Kind.PERSON, null, entry.authorKey(), null, currency, month));
        java.util.List<Rollup> rollups = new java.util.ArrayList<>(keys.size());
        for (Key key : keys) {
            rollups.add(new Rollup(key, sign * entry.workedSeconds(), sign * entry.billedSeconds(), sign * cost, sign * bill, sign,
                    sign * unpriced, sign * billableSeconds, sign * value, sign * unvalued));
        }
        return rollups;
    }

    public Rollup plus(Rollup other) {
        return new Rollup(key, workedSeconds + other.workedSeconds, billedSeconds + other.billedSeconds, costMinor + other.costMinor,
                billMinor + other.billMinor, entries + other.entries, unpriced + other.unpriced, billableSeconds + other.billableSeconds,
                valueMinor + other.valueMinor, unvalued + other.unvalued);
    }

    public boolean isEmpty() {
        return workedSeconds == 0 && billedSeconds == 0 && costMinor == 0 && billMinor == 0 && entries == 0 && unpriced == 0
                && billableSeconds == 0 && valueMinor == 0 && unvalued == 0;
    }
}
