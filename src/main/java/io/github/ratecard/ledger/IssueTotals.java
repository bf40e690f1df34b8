package io.github.ratecard.ledger;

import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An issue's live ledger entries added up: worked and billed time, cost and bill amounts (one
 * sum per currency, as an account's currency can change), and how many entries lack a price.
 */
public final class IssueTotals {

    private long entries;
    private long unpriced;
    private long workedSeconds;
    private long billedSeconds;
    private final Map<String, Long> costMinor = new TreeMap<>();
    private final Map<String, Long> billMinor = new TreeMap<>();

    /** Adds one entry's figures; a null amount (missing rate) adds nothing to the amounts. */
    public void add(long worked, long billed, Money cost, Money bill, PricingStatus status) {
        entries++;
        workedSeconds = Math.addExact(workedSeconds, worked);
        billedSeconds = Math.addExact(billedSeconds, billed);
        if (status != PricingStatus.PRICED) {
            unpriced++;
        }
        if (cost != null) {
            costMinor.merge(cost.currency().getCurrencyCode(), cost.minorUnits(), Math::addExact);
        }
        if (bill != null) {
            billMinor.merge(bill.currency().getCurrencyCode(), bill.minorUnits(), Math::addExact);
        }
    }

    public long entries() {
        return entries;
    }

    public long unpriced() {
        return unpriced;
    }

    public long workedSeconds() {
        return workedSeconds;
    }

    public long billedSeconds() {
        return billedSeconds;
    }

    /** Cost sums, by currency code order. */
    public List<Money> cost() {
        return amounts(costMinor);
    }

    /** Bill sums, by currency code order. */
    public List<Money> bill() {
        return amounts(billMinor);
    }

    private static List<Money> amounts(Map<String, Long> sums) {
        List<Money> amounts = new ArrayList<>();
        sums.forEach((code, minor) -> amounts.add(Money.ofMinor(minor, Currency.getInstance(code))));
        return amounts;
    }
}
