package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A budget's money and seconds per day, and what they are made of. */
final class DailyFigures {

    private final Budget.Measure measure;
    private final Currency currency;
    private final Currency base;
    private final Spending spending = new Spending();
    private final TreeMap<LocalDate, Long> seconds = new TreeMap<>();
    private final List<Part> parts = new ArrayList<>();

    DailyFigures(Budget.Measure measure, Currency currency, Currency base) {
        this.measure = measure;
        this.currency = currency;
        this.base = base;
    }

    void addLabour(LabourDay day, OverheadRates rates) {
        seconds.merge(day.day(), measure == Budget.Measure.COST ? day.workedSeconds() : day.billedSeconds(), Long::sum);
        if (day.unpriced() > 0) {
            parts.add(new Part(day.day(), Kind.UNPRICED, null, day.unpriced()));
        }
        Money amount;
        if (measure == Budget.Measure.COST) {
            if (day.costMinor() == 0) {
                return;
            }
            if (!currency.equals(base)) {
                parts.add(new Part(day.day(), Kind.OTHER_CURRENCY, null, 1));
                return;
            }
            amount = Money.ofMinor(day.costMinor(), currency);
            BigDecimal percent = rates.percentFor(day.projectKey(), day.day());
            add(day.day(), Kind.OVERHEAD, amount.times(percent.movePointLeft(2)));
        } else {
            if (day.billMinor() == 0) {
                return;
            }
            if (day.billCurrency() == null || !currency.getCurrencyCode().equals(day.billCurrency())) {
                parts.add(new Part(day.day(), Kind.OTHER_CURRENCY, null, 1));
                return;
            }
            amount = Money.ofMinor(day.billMinor(), currency);
        }
        add(day.day(), Kind.LABOUR, amount);
    }

    void addExpense(Expense expense) {
        Money amount = measure == Budget.Measure.COST ? expense.amount() : expense.billed();
        if (amount.isZero()) {
            return;
        }
        if (!amount.currency().equals(currency)) {
            parts.add(new Part(expense.date(), Kind.OTHER_CURRENCY, null, 1));
            return;
        }
        add(expense.date(), Kind.EXPENSE, amount, expense.category());
    }

    private void add(LocalDate day, Kind kind, Money amount) {
        add(day, kind, amount, null);
    }

    private void add(LocalDate day, Kind kind, Money amount, ExpenseCategory category) {
        if (amount.isZero()) {
            return;
        }
        spending.add(day, amount);
        parts.add(new Part(day, kind, category, 0, amount));
    }

    Currency currency() {
        return currency;
    }

    Spending spending() {
        return spending;
    }

    long seconds(DateRange range) {
        return seconds.subMap(range.first(), true, range.last(), true).values().stream().mapToLong(Long::longValue).sum();
    }

    CostBreakdown breakdown(DateRange range) {
        Money zero = Money.zero(currency);
        Money labourTotal = zero;
        Money overheadTotal = zero;
        Map<ExpenseCategory, Money> byCategory = new EnumMap<>(ExpenseCategory.class);
        long otherCurrency = 0;
        long unpriced = 0;
        for (Part part : parts) {
            if (range == null || !range.contains(part.day)) {
                continue;
            }
            switch (part.kind) {
                case LABOUR -> labourTotal = labourTotal.plus(part.amount);
                case OVERHEAD -> overheadTotal = overheadTotal.plus(part.amount);
                case EXPENSE -> byCategory.merge(part.category, part.amount, Money::plus);
                case OTHER_CURRENCY -> otherCurrency += part.count;
                case UNPRICED -> unpriced += part.count;
            }
        }
        return new CostBreakdown(labourTotal, overheadTotal, byCategory, otherCurrency, unpriced);
    }

    private enum Kind { LABOUR, OVERHEAD, EXPENSE, OTHER_CURRENCY, UNPRICED }

    private record Part(LocalDate day, Kind kind, ExpenseCategory category, long count, Money amount) {
        Part(LocalDate day, Kind kind, ExpenseCategory category, long count) {
            this(day, kind, category, count, null);
        }
    }
}
