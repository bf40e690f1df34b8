package io.github.ratecard.insight.hints;

import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Budgets forecast to overrun: a money budget whose forecast at the end of its current period
 * (the budget reporter's) exceeds what was agreed. At stake: the forecast overrun.
 */
public final class BudgetOverrunRule implements HintRule {

    public static final String ID = "budget-overrun";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(HintFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (HintFacts.BudgetForecast budget : facts.budgets()) {
            if (budget.forecast().compareTo(budget.budget()) <= 0) {
                continue;
            }
            Money over = budget.forecast().minus(budget.budget());
            findings.add(new Finding(ID, "budget:" + budget.budgetId() + "|from:" + budget.period().first(), budget.accountKey(),
                    budget.projectId() == null ? Set.of() : Set.of(budget.projectId()),
                    List.of(Figure.text(budget.name()), Figure.money(budget.budget()), Figure.money(budget.forecast()), Figure.day(budget.period().last())),
                    over, over.minorUnits(), List.of(Evidence.budget(budget.budgetId(), budget.projectId()))));
        }
        return findings;
    }
}
