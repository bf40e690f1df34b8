package io.github.ratecard.budget;

import io.github.ratecard.money.Money;
import java.util.List;

/**
 * Forecast at completion from the estimates: actual plus each open issue's remaining estimate
 * priced at its assignee's current rates (unassigned: the project's defaults). Remaining work
 * that could not be priced is reported, never counted as zero silently.
 */
public record BottomUpForecast(Money remaining, Money forecast, Money variance, long pricedSeconds, long unpricedSeconds,
                               List<String> unpricedIssues) {

    public BottomUpForecast {
        unpricedIssues = List.copyOf(unpricedIssues);
    }

    public boolean isComplete() {
        return unpricedSeconds == 0;
    }
}
