package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.approval.ApprovalMarks;
import io.github.ratecard.billing.BillingSource;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.OverrideStore;
import io.github.ratecard.billing.WorkBilling;
import io.github.ratecard.billing.WorklogOverride;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.invoice.InvoiceMarks;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.ledger.IssueTotals;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds the issue's Cost & billing panel: how its work bills and why, its totals, and its
 * {@value #RECENT} newest worklogs, with a link to all of them. Reads a fixed number of indexed queries whatever the issue's history: the
 * totals, one page of entries, their overrides, the issue's fields and its project's accounts, and the entries' approval marks.
 */
public final class CostPanel {

    public static final int RECENT = 5;

    private final LedgerQueries ledger;
    private final IssueBillingService billing;
    private final OverrideStore overrides;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final Supplier<Locale> locale;
    private final PanelBudgets budgets;
    private final InvoiceMarks invoiceMarks;
    private final I18nResolver i18n;
    private final ApprovalMarks approvals;

    public CostPanel(LedgerQueries ledger, IssueBillingService billing, OverrideStore overrides, AccessPolicy access, UserDirectory users,
                     Supplier<Locale> locale) {
        this(ledger, billing, overrides, access, users, locale, null, null, null);
    }

    /**
     * {@code budgets} null: the panel shows no budgets; {@code invoiceMarks} null: no invoice numbers on invoiced worklogs;
     * {@code i18n} null: the link to all worklogs is worded by its key.
     */
    public CostPanel(LedgerQueries ledger, IssueBillingService billing, OverrideStore overrides, AccessPolicy access, UserDirectory users,
                     Supplier<Locale> locale, PanelBudgets budgets, InvoiceMarks invoiceMarks, I18nResolver i18n) {
        this(ledger, billing, overrides, access, users, locale, budgets, invoiceMarks, i18n, null);
    }

    /** {@code approvals} null: no approval badges on the worklogs. */
    public CostPanel(LedgerQueries ledger, IssueBillingService billing, OverrideStore overrides, AccessPolicy access, UserDirectory users,
                     Supplier<Locale> locale, PanelBudgets budgets, InvoiceMarks invoiceMarks, I18nResolver i18n, ApprovalMarks approvals) {
        this.approvals = approvals;
        this.i18n = i18n;
        this.budgets = budgets;
        this.invoiceMarks = invoiceMarks;
        this.ledger = ledger;
        this.billing = billing;
        this.overrides = overrides;
        this.access = access;
        this.users = users;
        this.locale = locale;
    }

    /** The panel for the current viewer; {@code allWorklogsUrl} lists every worklog of the issue. */
    public CostPanelView viewOf(IssueRef issue, String allWorklogsUrl) {
        Locale viewerLocale = locale.get();
        boolean withCost = access.mayViewCosts(issue.projectId());
        WorkBilling resolved = billing.billingOf(issue);
        IssueTotals totals = ledger.totalsOfIssue(issue.id());
        List<LedgerEntry> recent = ledger.entriesOfIssue(issue.id(), 0, RECENT);
        Map<Long, WorklogOverride> overridden = overrides.of(recent.stream().map(LedgerEntry::worklogId).collect(Collectors.toList()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(viewerLocale);
        Map<Long, InvoiceMarks.Mark> marks = invoiceMarks == null ? Map.of()
                : invoiceMarks.of(recent.stream().filter(LedgerEntry::invoiced).map(LedgerEntry::worklogId).collect(Collectors.toList()));
        String viewerKey = access.currentViewer().map(io.github.ratecard.access.Viewer::userKey).orElse(null);
        Map<Long, ApprovalMarks.Mark> approval = approvals == null ? Map.of() : approvals.of(recent.stream()
                .filter(entry -> withCost || entry.authorKey().equals(viewerKey))
                .map(entry -> new ApprovalMarks.Work(entry.worklogId(), entry.authorKey(), entry.projectId(), entry.workDate())).toList());
        List<CostPanelRow> rows = new ArrayList<>();
        for (LedgerEntry entry : recent) {
            WorklogOverride override = overridden.get(entry.worklogId());
            rows.add(new CostPanelRow(users.byKey(entry.authorKey()).map(UserRef::displayName).orElse(entry.authorKey()),
                    dates.format(entry.workDate()), WorkDuration.format(entry.workedSeconds()), WorkDuration.format(entry.billedSeconds()),
                    entry.bill() == null ? "" : MoneyFormat.format(entry.bill(), viewerLocale),
                    override == null ? null : override.reason(), statusKey(entry.status(), withCost), entry.invoiced(),
                    marks.containsKey(entry.worklogId()) ? marks.get(entry.worklogId()).invoiceNumber() : null,
                    marks.containsKey(entry.worklogId()) && marks.get(entry.worklogId()).changedSince(),
                    approval.getOrDefault(entry.worklogId(), ApprovalMarks.Mark.NONE)));
        }
        return new CostPanelView(issue.key(), resolved.accountIfAny().map(CostPanel::accountLabel).orElse(null), resolved.fieldAccountIgnored(),
                sourceKey(resolved.accountSource()), resolved.billable(), sourceKey(resolved.billableSource()),
                WorkDuration.format(totals.workedSeconds()), WorkDuration.format(totals.billedSeconds()),
                amounts(totals.bill(), viewerLocale), withCost ? amounts(totals.cost(), viewerLocale) : null, totals.entries(),
                totals.unpriced(), rows, allWorklogsUrl, allWorklogsText(totals.entries()),
                withCost && budgets != null ? budgets.of(issue, viewerLocale) : List.of());
    }

    /** "All 52 worklogs", "The 1 worklog". */
    private String allWorklogsText(long entries) {
        String key = entries == 1 ? "ratecard.panel.allWorklogs.one" : "ratecard.panel.allWorklogs";
        return ViewerFormat.fill(i18n == null ? key : i18n.getText(key), String.valueOf(entries));
    }

    private static String accountLabel(ClientAccount account) {
        return account.name() + " (" + account.key() + ")";
    }

    private static String amounts(List<Money> sums, Locale locale) {
        return sums.isEmpty() ? "–" : sums.stream().map(m -> MoneyFormat.format(m, locale)).collect(Collectors.joining(" + "));
    }

    /** The problem a row shows: a missing bill rate, no account, and a missing cost rate only to those who see costs. */
    static String statusKey(PricingStatus status, boolean withCost) {
        return switch (status) {
            case PRICED -> null;
            case MISSING_BILL_RATE -> "ratecard.panel.missingRate";
            case MISSING_COST_RATE -> withCost ? "ratecard.panel.missingCostRate" : null;
            case NO_ACCOUNT -> "ratecard.panel.noAccountBadge";
        };
    }

    static String sourceKey(BillingSource source) {
        return "ratecard.panel.source." + source.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
