package io.github.ratecard.insight.utilisation;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One person's month, the fact every row adds up: the seconds they were expected to work, logged,
 * and logged on billable work; the staff level they held on the month's last day and that level's
 * billable target in percent (each null when there is none).
 */
public record PersonMonth(String userKey, YearMonth month, long capacitySeconds, long loggedSeconds, long billableSeconds, Long levelId,
                          BigDecimal target) {
}
