package io.github.ratecard.ledger;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.MemoRateBook;
import io.github.ratecard.rates.RateBook;
import io.github.ratecard.rates.RateQuery;
import io.github.ratecard.rates.RateResolution;
import io.github.ratecard.rates.RateResolver;
import io.github.ratecard.rates.ResolvedRate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Prices one worklog into a ledger entry. The work date is the start instant's day in the
 * reporting time zone; billed time follows the account's rule, and is zero for work that is
 * not billable (which keeps its cost); cost is rounded once per worklog, the bill amount too.
 */
public final class WorklogPricer {

    private final RateBook rates;
    private final BillingContext billing;
    private final Supplier<ZoneId> reportingZone;

    /** {@code reportingZone} is asked at every pricing, so a changed setting applies at once. */
    public WorklogPricer(RateBook rates, BillingContext billing, Supplier<ZoneId> reportingZone) {
        this.rates = rates;
        this.billing = billing;
        this.reportingZone = reportingZone;
    }

    /**
     * A pricer for one batch: it reads each rate scope, each user's level on a day, each issue's
     * account and the reporting zone once, so a batch costs a bounded number of reads.
     */
    public WorklogPricer forBatch() {
        ZoneId zone = reportingZone.get();
        return new WorklogPricer(new MemoRateBook(rates), billing.forBatch(), () -> zone);
    }

    public LedgerEntry price(WorklogRecord worklog, Instant now) {
        LocalDate day = worklog.started().atZone(reportingZone.get()).toLocalDate();
        Optional<ClientAccount> account = billing.accountFor(worklog.issueId(), worklog.projectId());
        RateResolver.Resolution resolution = new RateResolver(rates).resolve(new RateQuery(worklog.authorKey(), worklog.projectId(),
                account.map(ClientAccount::key).orElse(null), account.map(ClientAccount::currency).orElse(null), day));

        boolean billable = account.map(a -> a.category() == AccountCategory.BILLABLE).orElse(false);
        long billedSeconds = billable ? account.get().billedTime().billedSeconds(worklog.timeSpentSeconds()) : 0;
        Money cost = price(resolution.cost(), worklog.timeSpentSeconds());
        Money bill = !billable ? account.map(a -> Money.zero(a.currency())).orElse(null) : price(resolution.bill(), billedSeconds);

        PricingStatus status = cost == null ? PricingStatus.MISSING_COST_RATE
                : account.isEmpty() ? PricingStatus.NO_ACCOUNT
                : bill == null ? PricingStatus.MISSING_BILL_RATE
                : PricingStatus.PRICED;
        return new LedgerEntry(worklog.worklogId(), worklog.issueId(), worklog.projectId(), worklog.authorKey(), worklog.started(), day,
                worklog.timeSpentSeconds(), billedSeconds, billable, account.map(ClientAccount::key).orElse(null), cost, bill,
                rateId(resolution.cost()), billable ? rateId(resolution.bill()) : null, status, now, worklog.updated(), false);
    }

    private static Money price(RateResolution resolution, long seconds) {
        return resolution instanceof ResolvedRate resolved ? resolved.rate().hourly().priceFor(seconds) : null;
    }

    private static Long rateId(RateResolution resolution) {
        return resolution instanceof ResolvedRate resolved ? resolved.rate().id() : null;
    }
}
