package io.github.ratecard.invoice;

import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ProjectAccountLink;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether an invoice or a billing report includes pending changes: how many of Jira's changes of approved or closed
 * work in its projects (those named, else those linked to its account) on its days were held back from the ledger,
 * and so are not in it. A draft or a report counts those open now; an issued invoice those that were open when it was
 * issued (they stay out of it, whatever finance decided later). One count, after the account's links.
 */
public final class PendingStatements {

    /** No approvals: nothing is ever pending. */
    public static final PendingStatements NONE = new PendingStatements(null, null, null);

    private final PendingChangeStore pending;
    private final AccountStore accounts;
    private final ProjectDirectory projects;

    public PendingStatements(PendingChangeStore pending, AccountStore accounts, ProjectDirectory projects) {
        this.pending = pending;
        this.accounts = accounts;
        this.projects = projects;
    }

    /** The count of pending changes the invoice (draft, issued, or a report shaped as one) does not include. */
    public long notIncludedIn(Invoice invoice) {
        if (pending == null) {
            return 0;
        }
        Set<Long> projectIds = new LinkedHashSet<>();
        InvoiceHeader header = invoice.header();
        if (header.projectKeys().isEmpty()) {
            accounts.linksOfAccount(header.accountKey()).stream().map(ProjectAccountLink::projectId).forEach(projectIds::add);
        } else {
            header.projectKeys().forEach(key -> projects.byKey(key).map(ProjectRef::id).ifPresent(projectIds::add));
        }
        Instant asOf = invoice.isDraft() ? null : invoice.issuance().map(Issuance::at).orElse(null);
        return pending.pendingCount(projectIds, header.period(), asOf);
    }
}
