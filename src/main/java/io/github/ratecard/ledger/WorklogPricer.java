package io.github.ratecard.ledger;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.MemoRateBook;
import io.github.ratecard.rates.RateBook;
import io.github.ratecard.rates.RateQuery;
import io.github.ratecard.rates.RateResolution;
import io.github.ratecard.rates.RateTimelines;
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

    private final Supplier<PricingView> views;

    /**
     * Prices against the view {@code views} gives at each pricing; a batch asks once (see
     * {@link #forBatch()}).
     */
    public WorklogPricer(Supplier<PricingView> views) {
        this.views = views;
    }

    /**
     * Prices straight from the rate book and billing context, reading them afresh at every
     * pricing; {@code reportingZone} is asked every time too, so a changed setting applies at once.
     */
    public WorklogPricer(RateBook rates, BillingContext billing, Supplier<ZoneId> reportingZone) {
        this(() -> new PricingView(new RateTimelines(new MemoRateBook(rates)), billing.forBatch(),
                ReportingCalendar.of(reportingZone.get())));
    }

    /** A pricer for one batch: every worklog of the batch is priced against the same view, so each part is read once. */
    public WorklogPricer forBatch() {
        PricingView view = views.get();
        return new WorklogPricer(() -> view);
    }

    public LedgerEntry price(WorklogRecord worklog, Instant now) {
        PricingView view = views.get();
        LocalDate day = view.calendar().dayOf(worklog.started());
        Optional<ClientAccount> account = view.billing().accountFor(worklog.issueId(), worklog.projectId());
        RateResolver.Resolution resolution = view.rates().resolve(new RateQuery(worklog.authorKey(), worklog.projectId(),
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
