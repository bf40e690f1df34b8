package io.github.ratecard.insight.margin;

import java.util.Currency;

/** A row's figures being added up, line by line and expense by expense. */
final class MarginSums {

    private MarginWork work = MarginWork.NONE;
    private long revenueBase;
    private long notConverted;
    private long invoiced;
    private long credited;
    private long overhead;
    private long expenses;
    private boolean costsNotConverted;

    void add(MarginCalculator.LineFigures figures) {
        work = work.plus(figures.work());
        if (figures.revenueBaseMinor() != null) {
            revenueBase += figures.revenueBaseMinor();
        }
        notConverted += figures.notConvertedMinor();
        invoiced += figures.invoicedMinor();
        credited += figures.creditedMinor();
        overhead += figures.overheadMinor();
    }

    void addExpense(MarginExpense expense, Currency base) {
        if (base.getCurrencyCode().equals(expense.currency())) {
            expenses += expense.amountMinor();
        } else {
            costsNotConverted = true;
        }
    }

    Long grossMargin() {
        return row("", "", null, MarginTrend.NONE).grossMarginBaseMinor();
    }

    MarginRow row(String key, String label, Currency currency, MarginTrend trend) {
        Long base = notConverted != 0 ? null : revenueBase;
        return new MarginRow(key, label, currency, work, base, notConverted, invoiced, credited, work.costMinor(), overhead, expenses,
                costsNotConverted, trend);
    }
}
