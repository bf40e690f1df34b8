package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/** What was spent in a scope, day by day, in the budget's currency. */
public final class Spending {

    private final NavigableMap<LocalDate, Money> money = new TreeMap<>();

    public Spending add(LocalDate day, Money amount) {
        Objects.requireNonNull(day, "day");
        money.merge(day, amount, Money::plus);
        return this;
    }

    /** Money spent on the days of the range; zero in {@code zero}'s currency when none. */
    public Money money(DateRange range, Money zero) {
        Money total = zero;
        for (Map.Entry<LocalDate, Money> day : money.subMap(range.first(), true, range.last(), true).entrySet()) {
            total = total.plus(day.getValue());
        }
        return total;
    }

    /** The first day of the range on which the money spent since its start reaches {@code amount}. */
    public java.util.Optional<LocalDate> firstDayReaching(Money amount, DateRange range) {
        Money total = Money.zero(amount.currency());
        for (Map.Entry<LocalDate, Money> day : money.subMap(range.first(), true, range.last(), true).entrySet()) {
            total = total.plus(day.getValue());
            if (total.compareTo(amount) >= 0) {
                return java.util.Optional.of(day.getKey());
            }
        }
        return java.util.Optional.empty();
    }
}
