package io.github.ratecard.contract;

import java.util.List;

/**
 * The usage a retainer's balance and a cap's consumption count, chosen so no work is counted twice: work counts in the
 * period whose invoice bills it. For a period with an issued invoice of the account, the usage is the billable billed
 * time (and its value at the rate card) that invoice bills; for a period without one, it is the billable billed work
 * dated in the period that no issued invoice bills yet. A worklog added to an invoiced period therefore counts in the
 * period whose invoice later bills it.
 */
public interface ContractUsage {

    /** The usage of each period, in the order given; periods do not overlap. */
    List<PeriodUsage> usage(String accountKey, List<ContractPeriod> periods);

    default PeriodUsage usage(String accountKey, ContractPeriod period) {
        return usage(accountKey, List.of(period)).get(0);
    }
}
