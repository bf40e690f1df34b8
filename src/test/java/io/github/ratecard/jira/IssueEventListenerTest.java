package io.github.ratecard.jira;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.ledger.LedgerKeeper;
import org.junit.Test;

public class IssueEventListenerTest {

    private static final long MOVED = 9L;
    private static final long DELETED = 8L;
    private static final long UPDATED = 2L;

    private final LedgerKeeper ledger = mock(LedgerKeeper.class);
    private final IssueBillingService billing = mock(IssueBillingService.class);
    private final IssueEventListener target = new IssueEventListener(mock(EventPublisher.class), ledger, billing);

    @Test
    public void movedIssue_shouldMoveItsLedgerEntriesToTheNewProject() {
        target.onIssueEvent(event(MOVED));

        verify(ledger).issueMoved(20200L, 30300L);
    }

    @Test
    public void deletedIssue_shouldTakeItsEntriesOutOfTheLedger() {
        target.onIssueEvent(event(DELETED));

        verify(ledger).issueDeleted(20200L);
        verify(billing).issueDeleted(20200L);
    }

    @Test
    public void otherIssueEvents_shouldBeIgnored() {
        target.onIssueEvent(event(UPDATED));

        verifyNoInteractions(ledger, billing);
    }

    @Test
    public void failure_shouldNeverReachJira() {
        IssueEvent event = event(DELETED);
        doThrow(new IllegalStateException("database down")).when(ledger).issueDeleted(20200L);

        target.onIssueEvent(event);
    }

    private static IssueEvent event(long type) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(30300L);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(20200L);
        when(issue.getKey()).thenReturn("ACME-7");
        when(issue.getProjectObject()).thenReturn(project);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }
}
