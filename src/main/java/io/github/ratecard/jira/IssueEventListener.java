package io.github.ratecard.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.ledger.LedgerKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows issues that move to another project (their ledger entries move and are priced
 * again) or are deleted (their entries leave the ledger). Never throws back into Jira.
 */
public class IssueEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(IssueEventListener.class);

    private final EventPublisher eventPublisher;
    private final LedgerKeeper ledger;
    private final IssueBillingService billing;

    public IssueEventListener(EventPublisher eventPublisher, LedgerKeeper ledger, IssueBillingService billing) {
        this.eventPublisher = eventPublisher;
        this.ledger = ledger;
        this.billing = billing;
    }

    public void start() {
        eventPublisher.register(this);
    }

    public void stop() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        try {
            if (EventType.ISSUE_MOVED_ID.equals(event.getEventTypeId())) {
                ledger.issueMoved(issue.getId(), issue.getProjectObject().getId());
            } else if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                ledger.issueDeleted(issue.getId());
                billing.issueDeleted(issue.getId());
            }
        } catch (RuntimeException e) {
            LOG.error("Ratecard could not follow issue event {} for issue {}", event.getEventTypeId(), issue.getKey(), e);
        }
    }
}
