package io.github.ratecard.insight.utilisation;

import java.time.YearMonth;
import java.util.List;

/** The ledger's monthly sums per person and project (its PROJECT rollups), read in a bounded number of queries. */
public interface LoggedTime {

    /** Every person's logged time per project and month from {@code from} to {@code to}, both included; none of nobody. */
    List<LoggedMonth> between(YearMonth from, YearMonth to);
}
