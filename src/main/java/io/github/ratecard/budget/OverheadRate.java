package io.github.ratecard.budget;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One overhead percentage on labour cost from a day on: global ({@code projectKey} null) or a project's own. */
public record OverheadRate(long id, String projectKey, LocalDate from, BigDecimal percent) {

    static final BigDecimal MAXIMUM = BigDecimal.valueOf(InputLimits.OVERHEAD_PERCENT);

    public OverheadRate {
        InvalidInputException.require(from != null, "from", "An overhead rate needs the day it applies from");
        InvalidInputException.require(percent != null && percent.signum() >= 0 && percent.compareTo(MAXIMUM) <= 0
                && percent.stripTrailingZeros().scale() <= 2, "percent",
                "Overhead is a percentage from 0 to " + InputLimits.OVERHEAD_PERCENT + " with at most two decimals");
        percent = percent.setScale(2);
        projectKey = projectKey == null || projectKey.isBlank() ? null : projectKey.strip();
    }

    public boolean isGlobal() {
        return projectKey == null;
    }
}
