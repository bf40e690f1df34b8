package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.Test;

public class AlertMessageTest {

    private static final Budget BUDGET = new Budget(4, new BudgetScope(BudgetScope.Kind.PROJECT, "ACME"), Budget.Measure.COST,
            Money.parse("1000", "EUR"), null, PeriodKind.MONTH, new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
            null, "ana");
    private static final BudgetAlert ALERT = new BudgetAlert(1, 4, 80, new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")),
            BUDGET.version(), BudgetAlert.Basis.MONEY, new BigDecimal("84.5"), Instant.parse("2026-11-20T06:00:00Z"));

    @Test
    public void subject_shouldNameTheScopeAndTheThreshold() {
        assertEquals("[Ratecard] ACME reached 80 % of its budget", mail().subject());
    }

    @Test
    public void body_shouldSayThePeriodTheShareUsedAndWhereTheBudgetIs() {
        assertEquals("The budget \"Cost · Monthly\" of ACME has reached 80 % in the period Nov 1, 2026 – Nov 30, 2026: 84.5 % used.\n\n"
                + "Open the budget: https://jira.example.com/plugins/servlet/ratecard/budgets?project=ACME&budget=4", mail().body().split("\n\nYou")[0]);
    }

    private static AlertMessage.Mail mail() {
        return AlertMessage.of(ALERT, BUDGET, "https://jira.example.com", new BundleI18n(() -> Locale.ENGLISH), Locale.ENGLISH);
    }
}
