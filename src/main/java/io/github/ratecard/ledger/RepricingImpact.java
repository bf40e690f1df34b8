package io.github.ratecard.ledger;

import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a change would do to uninvoiced ledger entries, compared entry by entry: how many were
 * looked at, how many would be priced differently, how many fully priced ones would lose a rate
 * (become "missing rate", or have no account to bill) and how many would gain the price they lack, and by how much bill and cost would move, per currency
 * (exact minor units; currencies whose total does not move are left out, largest code last).
 * An entry that would leave the ledger (its work day no longer priced) counts as re-priced and
 * takes its amounts with it.
 */
public record RepricingImpact(long examined, long repriced, long losingRate, long gainingRate, List<Money> billChange,
                              List<Money> costChange) {

    public static final RepricingImpact NONE = new RepricingImpact(0, 0, 0, 0, List.of(), List.of());

    public RepricingImpact {
        billChange = List.copyOf(billChange);
        costChange = List.copyOf(costChange);
    }

    public boolean changesNothing() {
        return repriced == 0;
    }

    /** Adds up entries one at a time: what is stored, and what the change would make of it. */
    public static final class Tally {
        private final Map<String, Money> bill = new TreeMap<>();
        private final Map<String, Money> cost = new TreeMap<>();
        private long examined;
        private long repriced;
        private long losingRate;
        private long gainingRate;

        /** {@code after} is null when the entry would leave the ledger. */
        public Tally add(LedgerEntry before, LedgerEntry after) {
            Objects.requireNonNull(before, "before");
            examined++;
            if (after != null && pricedAlike(before, after)) {
                return this;
            }
            repriced++;
            if (after != null && before.isPriced() && !after.isPriced()) {
                losingRate++;
            } else if (after != null && !before.isPriced() && after.isPriced()) {
                gainingRate++;
            }
            move(bill, before.bill(), after == null ? null : after.bill());
            move(cost, before.cost(), after == null ? null : after.cost());
            return this;
        }

        public RepricingImpact impact() {
            return new RepricingImpact(examined, repriced, losingRate, gainingRate, nonZero(bill), nonZero(cost));
        }

        private static void move(Map<String, Money> totals, Money from, Money to) {
            if (from != null) {
                totals.merge(code(from.currency()), from.negate(), Money::plus);
            }
            if (to != null) {
                totals.merge(code(to.currency()), to, Money::plus);
            }
        }

        private static List<Money> nonZero(Map<String, Money> totals) {
            List<Money> moved = new ArrayList<>();
            totals.values().stream().filter(m -> !m.isZero()).sorted(Comparator.comparing(m -> code(m.currency()))).forEach(moved::add);
            return moved;
        }

        private static String code(Currency currency) {
            return currency.getCurrencyCode();
        }
    }

    /** The same price: the same account, billable flag, billed time, amounts, winning rates and status. */
    private static boolean pricedAlike(LedgerEntry a, LedgerEntry b) {
        return Objects.equals(a.accountKey(), b.accountKey()) && a.billable() == b.billable() && a.billedSeconds() == b.billedSeconds()
                && Objects.equals(a.cost(), b.cost()) && Objects.equals(a.bill(), b.bill()) && Objects.equals(a.costRateId(), b.costRateId())
                && Objects.equals(a.billRateId(), b.billRateId()) && a.status() == b.status() && a.projectId() == b.projectId();
    }
}
