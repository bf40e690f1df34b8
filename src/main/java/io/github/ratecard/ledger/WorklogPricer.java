package io.github.ratecard.ledger;

import io.github.ratecard.billing.BillingResolution;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.billing.WorklogOverride;
import io.github.ratecard.billing.WorkBilling;
import io.github.ratecard.domain.BusinessDates;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Prices one worklog into a ledger entry. The work date is the start instant's day in the
 * reporting time zone; the account, billable and billed time follow {@link BillingResolution}
 * (worklog override, issue fields, project default and account category); billed time is zero for
 * work that is not billable (which keeps its cost); cost is rounded once per worklog, the bill
 * amount too, and the value (the worked time at the bill rate, billable or not) the same way.
 */
public final class WorklogPricer {

    /** Whom unassigned work is priced for: nobody has a user or level rate, so only defaults apply. */
    private static final String NOBODY = "";

    private final Supplier<PricingView> views;
    private final BillingFacts facts;
    private final BillingFacts.Loaded pinned;
    private final Supplier<PricingView> source;
    private final PricingView pinnedView;

    /**
     * Prices against the view {@code views} gives at each pricing (a batch asks once, see
     * {@link #forBatch(Collection)}), and the issue fields and overrides {@code facts} reads.
     * {@code views} gives the same view while the rate card stays the same, and another once it
     * changed (see {@link #pricedAgainstCurrentRateCard()}).
     */
    public WorklogPricer(Supplier<PricingView> views, BillingFacts facts) {
        this(views, facts, null, views, null);
    }

    private WorklogPricer(Supplier<PricingView> views, BillingFacts facts, BillingFacts.Loaded pinned, Supplier<PricingView> source,
                          PricingView pinnedView) {
        this.views = views;
        this.facts = facts;
        this.pinned = pinned;
        this.source = source;
        this.pinnedView = pinnedView;
    }

    /**
     * Prices straight from the rate book and billing context, reading them afresh at every
     * pricing; {@code reportingZone} is asked every time too, so a changed setting applies at once.
     */
    public WorklogPricer(RateBook rates, BillingContext billing, BillingFacts facts, Supplier<ZoneId> reportingZone) {
        this(() -> new PricingView(new RateTimelines(new MemoRateBook(rates)), billing.forBatch(),
                ReportingCalendar.of(reportingZone.get())), facts, null, null, null);
    }

    /**
     * A pricer for one batch of worklogs: all are priced against the same view, and their issue
     * fields and overrides are read at once, so each part is read once. {@code heldByLedger} are
     * the worklogs among them the ledger already holds (see {@link BillingFacts#load}).
     */
    public WorklogPricer forBatch(Collection<WorklogRecord> worklogs, Set<Long> heldByLedger) {
        PricingView view = views.get();
        return new WorklogPricer(() -> view, facts, facts.load(worklogs, heldByLedger), source, view);
    }

    /**
     * This pricer, reading {@code proposed} as the Account and Billable fields of its issue instead
     * of the stored ones: what the issue's work would be priced at once an edit is saved.
     */
    public WorklogPricer withIssueFields(IssueBilling proposed) {
        return new WorklogPricer(views, new ProposedIssueFields(facts, proposed), null, source, pinnedView);
    }

    /**
     * Whether this batch's view is still the current rate card: false when a change of the rate
     * card was committed (on any node) since the batch began. A pricer that reads afresh at every
     * pricing is always current.
     */
    public boolean pricedAgainstCurrentRateCard() {
        return pinnedView == null || source == null || source.get() == pinnedView;
    }

    /**
     * Why the worklog is not priced, if it is not: its work day, in the reporting time zone, lies
     * outside {@link BusinessDates}.
     */
    public Optional<String> refusal(WorklogRecord worklog) {
        if (BusinessDates.near(worklog.started()) && BusinessDates.contains(views.get().calendar().dayOf(worklog.started()))) {
            return Optional.empty();
        }
        return Optional.of("it was started at " + worklog.started() + ", outside the work days Ratecard prices (" + BusinessDates.FIRST
                + " to " + BusinessDates.LAST + ")");
    }

    public LedgerEntry price(WorklogRecord worklog, Instant now) {
        PricingView view = views.get();
        BillingFacts.Loaded loaded = pinned != null && pinned.covers(worklog) ? pinned : facts.load(List.of(worklog), Set.of(worklog.worklogId()));
        LocalDate day = view.calendar().dayOf(worklog.started());
        Work work = workOf(view, worklog.authorKey(), worklog.projectId(), day, worklog.timeSpentSeconds(),
                loaded.issues().get(worklog.issueId()), loaded.overrides().get(worklog.worklogId()));
        PricingStatus status = work.cost() == null ? PricingStatus.MISSING_COST_RATE
                : work.accountKey() == null ? PricingStatus.NO_ACCOUNT
                : work.bill() == null ? PricingStatus.MISSING_BILL_RATE
                : PricingStatus.PRICED;
        boolean billable = work.billing().billable();
        return new LedgerEntry(worklog.worklogId(), worklog.issueId(), worklog.projectId(), worklog.authorKey(), worklog.started(), day,
                worklog.timeSpentSeconds(), work.billing().billedSeconds(), billable, work.accountKey(), work.cost(), work.bill(),
                work.value(), rateId(work.resolution().cost()), billable ? rateId(work.resolution().bill()) : null, status, now,
                worklog.updated(), false);
    }

    /**
     * Prices remaining estimates as their work would be priced on each one's day: against one
     * view, with the issues' fields read once for all.
     */
    public List<PricedEstimate> priceEstimates(List<WorkEstimate> estimates) {
        PricingView view = views.get();
        Map<Long, IssueBilling> fields = facts.ofIssues(estimates.stream().map(WorkEstimate::issueId).collect(Collectors.toSet()));
        List<PricedEstimate> priced = new ArrayList<>(estimates.size());
        for (WorkEstimate estimate : estimates) {
            Work work = workOf(view, estimate.assigneeKey() == null ? NOBODY : estimate.assigneeKey(), estimate.projectId(), estimate.day(),
                    estimate.seconds(), fields.get(estimate.issueId()), null);
            priced.add(new PricedEstimate(estimate, work.accountKey(), work.billing().billable(), work.cost(), work.bill()));
        }
        return priced;
    }

    private static Work workOf(PricingView view, String userKey, long projectId, LocalDate day, long seconds, IssueBilling issue,
                               WorklogOverride override) {
        WorkBilling billing = BillingResolution.resolve(seconds, view.billing().projectDefault(projectId), issue, override,
                view.billing()::account, view.billing().linkedAccounts(projectId));
        Optional<ClientAccount> account = billing.accountIfAny();
        RateResolver.Resolution resolution = view.rates().resolve(new RateQuery(userKey, projectId,
                account.map(ClientAccount::key).orElse(null), account.map(ClientAccount::currency).orElse(null), day));
        Money cost = price(resolution.cost(), seconds);
        Money bill = !billing.billable() ? account.map(a -> Money.zero(a.currency())).orElse(null)
                : price(resolution.bill(), billing.billedSeconds());
        Money value = account.isEmpty() ? null : price(resolution.bill(), seconds);
        return new Work(billing, account, resolution, cost, bill, value);
    }

    /** How one piece of work bills and what its rates make of it. */
    private record Work(WorkBilling billing, Optional<ClientAccount> account, RateResolver.Resolution resolution, Money cost, Money bill,
                        Money value) {
        String accountKey() {
            return account.map(ClientAccount::key).orElse(null);
        }
    }

    private static Money price(RateResolution resolution, long seconds) {
        return resolution instanceof ResolvedRate resolved ? resolved.rate().hourly().priceFor(seconds) : null;
    }

    private static Long rateId(RateResolution resolution) {
        return resolution instanceof ResolvedRate resolved ? resolved.rate().id() : null;
    }
}
