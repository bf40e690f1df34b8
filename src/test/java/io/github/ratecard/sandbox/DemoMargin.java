package io.github.ratecard.sandbox;

import io.github.ratecard.app.ExpenseService;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseCategory;
import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginQuery;
import io.github.ratecard.insight.margin.MarginReader;
import io.github.ratecard.insight.margin.MarginRow;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The demo's profitability story, once its work is priced and invoiced: Acme's platform project
 * buys a platform licence for Acme at a fixed price in October, sized so that Acme's account runs
 * at a loss over May to October (by about 5 % of its revenue, whatever the demo's size). The
 * internal operations account has costs and no revenue; Acme's June credit note is a write-off.
 */
final class DemoMargin {

    static final YearMonth FROM = YearMonth.of(2026, 5);
    static final YearMonth TO = YearMonth.of(2026, 10);
    static final String LOSS_ACCOUNT = "ACME";

    private final MarginReader reader;
    private final ExpenseService expenses;

    DemoMargin(SandboxApp app) {
        this.reader = app.bean(MarginReader.class);
        this.expenses = app.bean(ExpenseService.class);
    }

    void seed() {
        MarginRow acme = reader.report(new MarginQuery(FROM, TO, MarginGrouping.ACCOUNT, null, LOSS_ACCOUNT), project -> true, true).rows().stream()
                .filter(row -> row.key().equals(LOSS_ACCOUNT) && row.grossMarginBaseMinor() != null).findFirst().orElse(null);
        if (acme == null || acme.grossMarginBaseMinor() < 0) {
            return;
        }
        long loss = acme.grossMarginBaseMinor() + acme.revenueBaseMinor() / 20;
        BigDecimal amount = Money.ofMinor(loss, "EUR").toDecimal().divide(BigDecimal.valueOf(100), 0, RoundingMode.UP).multiply(BigDecimal.valueOf(100))
                .max(BigDecimal.valueOf(100));
        expenses.record(new Expense(0, LocalDate.of(2026, 10, 12), new BudgetScope(BudgetScope.Kind.PROJECT, "ACMEDEV"), ExpenseCategory.VENDOR,
                Money.of(amount, java.util.Currency.getInstance("EUR")), false, null, "Platform licence for Acme, bought at a fixed price"));
    }
}
