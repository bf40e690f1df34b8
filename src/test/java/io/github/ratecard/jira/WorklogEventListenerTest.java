package io.github.ratecard.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.worklog.WorklogDeletedEvent;
import com.atlassian.jira.event.worklog.WorklogEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.project.Project;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogChangeHandler;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.ledger.WorklogRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.Test;

public class WorklogEventListenerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final List<WorklogChange> received = new ArrayList<>();
    private final WorklogChangeHandler recorder = received::add;
    private final WorklogEventListener target = new WorklogEventListener(
            publisher, new WorklogIntake(List.of(recorder), mock(RetryQueue.class), Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void startAndStop_shouldRegisterWithJirasEventPublisher() {
        target.start();
        target.stop();

        verify(publisher).register(target);
        verify(publisher).unregister(target);
    }

    @Test
    public void createdOrUpdatedWorklog_shouldArriveAsASavedRecord() {
        Worklog worklog = worklog();
        WorklogEvent event = mock(WorklogEvent.class);
        when(event.getWorklog()).thenReturn(worklog);

        target.onWorklogEvent(event);

        assertEquals(1, received.size());
        WorklogRecord record = received.get(0).record().orElseThrow();
        assertEquals(new WorklogRecord(10100L, 20200L, "ACME-7", 30300L, "ACME", "JIRAUSER10001",
                Instant.parse("2026-05-31T22:30:00Z"), 5400, Instant.parse("2026-06-01T08:00:00Z")), record);
    }

    @Test
    public void deletedWorklog_shouldArriveAsADeletionAtTheCurrentTime() {
        Worklog worklog = worklog();
        WorklogDeletedEvent event = mock(WorklogDeletedEvent.class);
        when(event.getWorklog()).thenReturn(worklog);

        target.onWorklogEvent(event);

        assertEquals(WorklogChange.deleted(10100L, NOW).toString(), received.get(0).toString());
        assertEquals(WorklogChange.Kind.DELETED, received.get(0).kind());
    }

    @Test
    public void eventWithoutWorklog_shouldBeIgnored() {
        WorklogChangeHandler handler = mock(WorklogChangeHandler.class);
        WorklogEventListener listener = new WorklogEventListener(publisher, new WorklogIntake(List.of(handler), mock(RetryQueue.class), Clock.systemUTC()), Clock.systemUTC());

        listener.onWorklogEvent(mock(WorklogEvent.class));

        verifyNoInteractions(handler);
    }

    private static Worklog worklog() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(30300L);
        when(project.getKey()).thenReturn("ACME");
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(20200L);
        when(issue.getKey()).thenReturn("ACME-7");
        when(issue.getProjectObject()).thenReturn(project);
        Worklog worklog = mock(Worklog.class);
        when(worklog.getId()).thenReturn(10100L);
        when(worklog.getIssue()).thenReturn(issue);
        when(worklog.getAuthorKey()).thenReturn("JIRAUSER10001");
        when(worklog.getStartDate()).thenReturn(Date.from(Instant.parse("2026-05-31T22:30:00Z")));
        when(worklog.getTimeSpent()).thenReturn(5400L);
        when(worklog.getUpdated()).thenReturn(Date.from(Instant.parse("2026-06-01T08:00:00Z")));
        return worklog;
    }
}
