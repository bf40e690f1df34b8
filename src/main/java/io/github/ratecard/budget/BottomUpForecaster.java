package io.github.ratecard.budget;

import io.github.ratecard.ledger.PricedEstimate;
import io.github.ratecard.ledger.WorkEstimate;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Prices a budget's open issues' remaining estimates at their assignees' rates on the status day.
 * For a billing budget, estimated work that is not billable adds nothing yet counts as priced;
 * work no rate prices, or priced in another currency than the budget's, is listed as unpriced.
 */
final class BottomUpForecaster {

    private final WorklogPricer pricer;

    BottomUpForecaster(WorklogPricer pricer) {
        this.pricer = pricer;
    }

    BottomUpForecast forecast(Budget budget, BudgetStatus status, RemainingWork remaining, LocalDate asOf) {
        Currency currency = status.budget().currency();
        List<WorkEstimate> estimates = new ArrayList<>();
        for (RemainingWork.OpenIssue issue : remaining.open()) {
            estimates.add(new WorkEstimate(issue.issueId(), issue.issueKey(), issue.projectId(), issue.assigneeKey(), asOf,
                    issue.remainingSeconds()));
        }
        Money priced = Money.zero(currency);
        long pricedSeconds = 0;
        long unpricedSeconds = 0;
        List<String> unpriced = new ArrayList<>();
        for (PricedEstimate each : pricer.priceEstimates(estimates)) {
            long seconds = each.estimate().seconds();
            if (budget.measure() == Budget.Measure.BILLABLE && !each.billable() && each.accountKey() != null) {
                pricedSeconds += seconds;
                continue;
            }
            Money amount = budget.measure() == Budget.Measure.COST ? each.cost() : each.billable() ? each.bill() : null;
            if (amount == null || !amount.currency().equals(currency)) {
                unpricedSeconds += seconds;
                unpriced.add(each.estimate().issueKey());
                continue;
            }
            priced = priced.plus(amount);
            pricedSeconds += seconds;
        }
        Money forecast = status.actual().plus(priced);
        return new BottomUpForecast(priced, forecast, status.budget().minus(forecast), pricedSeconds, unpricedSeconds, unpriced);
    }
}
