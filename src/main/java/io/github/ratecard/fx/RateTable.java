package io.github.ratecard.fx;

import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyRounding;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A loaded part of the exchange-rate table, and the one rule that converts with it. An amount of currency A is shown in
 * B on a day D through the entry of A/B or of B/A with the latest day on or before D; of the two, the later entry wins,
 * and on the same day A/B (the pair as asked). Rates are never chained through a third currency, and an entry after D
 * is never used.
 * <ul>
 * <li>A/B: amount × rate, rounded once, half-up, to B's minor units ({@link MoneyRounding}: 0 digits for JPY, 3 for BHD).</li>
 * <li>B/A: amount ÷ rate, computed and rounded in the same single step, so 1 / rate is never rounded first.</li>
 * </ul>
 * The table holds whatever its reader loaded; it converts many amounts without reading anything again.
 */
public final class RateTable {

    private final Map<CurrencyPair, NavigableMap<LocalDate, ExchangeRate>> byPair = new HashMap<>();

    public RateTable(Collection<ExchangeRate> rates) {
        for (ExchangeRate rate : rates) {
            byPair.computeIfAbsent(rate.pair(), pair -> new TreeMap<>()).put(rate.day(), rate);
        }
    }

    public static RateTable empty() {
        return new RateTable(java.util.List.of());
    }

    public Conversion convert(Money amount, Currency target, LocalDate day) {
        if (amount.currency().equals(target)) {
            return new Conversion(amount, target, day, Conversion.Outcome.SAME_CURRENCY, amount, null, false);
        }
        CurrencyPair asked = new CurrencyPair(amount.currency(), target);
        Optional<ExchangeRate> direct = latest(asked, day);
        Optional<ExchangeRate> opposite = latest(asked.inverse(), day);
        boolean inverse = opposite.isPresent() && (direct.isEmpty() || opposite.get().day().isAfter(direct.get().day()));
        Optional<ExchangeRate> chosen = inverse ? opposite : direct;
        if (chosen.isEmpty()) {
            return new Conversion(amount, target, day, Conversion.Outcome.NO_RATE, null, null, false);
        }
        ExchangeRate rate = chosen.get();
        Conversion.Outcome outcome = rate.day().equals(day) ? Conversion.Outcome.RATE_OF_THE_DAY : Conversion.Outcome.EARLIER_RATE;
        try {
            long minor = inverse ? MoneyRounding.toMinorUnits(amount.toDecimal(), rate.rate(), target)
                    : MoneyRounding.toMinorUnits(amount.toDecimal().multiply(rate.rate()), target);
            return new Conversion(amount, target, day, outcome, Money.ofMinor(minor, target), rate, inverse);
        } catch (ArithmeticException tooLarge) {
            return new Conversion(amount, target, day, Conversion.Outcome.OUT_OF_RANGE, null, rate, inverse);
        }
    }

    private Optional<ExchangeRate> latest(CurrencyPair pair, LocalDate day) {
        NavigableMap<LocalDate, ExchangeRate> rates = byPair.get(pair);
        return Optional.ofNullable(rates == null ? null : rates.floorEntry(day)).map(Entry::getValue);
    }
}
